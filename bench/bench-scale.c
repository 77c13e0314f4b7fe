/* bench-scale.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "pln-bench-load.h"
#include "pln-bench-registrations.h"
#include "pln-bench-ui.h"

/* Plenary at archive scale, the start-up and scale figures in one run: the
 * time from exec to the first window mapped for a bare AdwApplicationWindow
 * program and for Plenary with an empty, a 10-year and a 100-year
 * workspace (the synthetic archives of plenary-cli sample-workspace),
 * interleaved round by round; in each Plenary run the longest main-loop
 * iteration while the workspace loads, while it is applied to the window
 * and during the autosave of one edit, the time from map to the first
 * frame that shows the workspace, and the peak RSS (pln-probe.c and
 * pln-application-probe.c report these when PLN_PROBE is set); then the
 * Registrations page's keystrokes and sorts at 30 000 registrations; and
 * the load of the 1-, 10- and 100-year files against json-glib's parse
 * of the same bytes, each in a process of its own.
 *
 * Arguments: PLENARY PLENARY-CLI BARE-WINDOW. PLN_BENCH_ROUNDS (7) and
 * PLN_BENCH_LARGEST (100 years) make a shorter run. Needs a display. */

enum { BARE, EMPTY, TEN, LARGEST, N_VARIANTS };

typedef enum
{
  MAP,             /* exec → mapped, ms */
  MAP_RATIO,       /* ÷ the bare window's of the same round */
  SHOWN,           /* mapped → first frame with the workspace, ms */
  LOAD_WALL,       /* longest iteration while loading, ms */
  APPLY_WALL,
  APPLY_CPU,
  SETTLE_WALL,     /* after the first frame, until the main loop is idle */
  SETTLE_CPU,
  SAVE_WALL,
  SAVE_CPU,
  RSS,             /* peak resident set, MB */
  N_MEASURES
} Measure;

typedef struct
{
  const char *plenary;
  const char *bare;
  char       *dir;
  char      **envp;
  char       *files[N_VARIANTS];
  guint       years[N_VARIANTS];
  GArray     *results[N_VARIANTS][N_MEASURES];
  char       *one_year;
  double      load_ratio[3];   /* 1 year, TEN, LARGEST */
  double      load_cpu_ms[3];
  double      load_ms[3];
  double      parse_ms[3];
} Bench;

static void
add (Bench   *bench,
     guint    variant,
     Measure  measure,
     double   value)
{
  g_array_append_val (bench->results[variant][measure], value);
}

/* The value at @fraction of the sorted values: 0.5 the median, 1 the worst. */
static double
at (Bench   *bench,
    guint    variant,
    Measure  measure,
    double   fraction)
{
  GArray *values = bench->results[variant][measure];

  if (values->len == 0)
    return NAN;

  pln_bench_sort_times (values);
  return g_array_index (values, double, MIN ((guint) (values->len * fraction), values->len - 1));
}

#define median(b, v, m) at (b, v, m, 0.5)
#define worst(b, v, m) at (b, v, m, 1.0)

/* What the probe said in one run: "mapped US" and "phase NAME END_US
 * WALL_MS CPU_MS" lines, by name. */
typedef struct
{
  gint64 mapped;
  gint64 apply_end;
  double wall[4], cpu[4];   /* load, apply, settle, autosave */
} Report;

static void
parse_line (Report     *report,
            const char *line)
{
  static const char * const phases[] = { "load", "apply", "settle", "autosave" };
  char name[32];
  gint64 end;
  double wall, cpu;

  if (sscanf (line, "pln-probe: mapped %" G_GINT64_FORMAT, &report->mapped) == 1)
    return;
  if (sscanf (line, "pln-probe: phase %31s %" G_GINT64_FORMAT " %lf %lf", name, &end, &wall, &cpu) != 4)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    if (g_str_equal (name, phases[i]))
      {
        report->wall[i] = wall;
        report->cpu[i] = cpu;
        if (i == 1)
          report->apply_end = end;
      }
}

/* Runs @argv to its end, reading the probe's lines. */
static void
run_child (Bench       *bench,
           const char **argv,
           Report      *report,
           gint64      *started,
           double      *rss_mb)
{
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  char *line = NULL;
  size_t size = 0;
  GPid pid;
  int out, status;
  FILE *stream;

  *started = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, bench->envp, G_SPAWN_DO_NOT_REAP_CHILD,
                                 NULL, NULL, &pid, NULL, &out, NULL, &error))
    g_error ("Could not start %s: %s", argv[0], error->message);

  stream = fdopen (out, "r");
  while (getline (&line, &size, stream) > 0)
    parse_line (report, line);
  free (line);
  fclose (stream);

  if (wait4 (pid, &status, 0, &usage) != pid || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s did not end well (status %d)", argv[0], status);
  *rss_mb = usage.ru_maxrss / 1024.0;
}

static void
run_once (Bench *bench,
          guint  variant)
{
  const char *argv[] = { variant == BARE ? bench->bare : bench->plenary, bench->files[variant], NULL };
  Report report = { 0, };
  gint64 started;
  double rss, map;

  run_child (bench, argv, &report, &started, &rss);
  if (report.mapped == 0)
    g_error ("%s never said its window was mapped", argv[0]);

  map = (report.mapped - started) / 1000.0;
  add (bench, variant, MAP, map);
  add (bench, variant, RSS, rss);
  if (variant == BARE)
    return;

  add (bench, variant, SHOWN, (report.apply_end - report.mapped) / 1000.0);
  add (bench, variant, LOAD_WALL, report.wall[0]);
  add (bench, variant, APPLY_WALL, report.wall[1]);
  add (bench, variant, APPLY_CPU, report.cpu[1]);
  add (bench, variant, SETTLE_WALL, report.wall[2]);
  add (bench, variant, SETTLE_CPU, report.cpu[2]);
  add (bench, variant, SAVE_WALL, report.wall[3]);
  add (bench, variant, SAVE_CPU, report.cpu[3]);
}

static char *
make_workspace (Bench      *bench,
                const char *cli,
                guint       n_years)
{
  g_autofree char *years = g_strdup_printf ("%u", n_years);
  char *path = g_strdup_printf ("%s/years-%u.json", bench->dir, n_years);
  const char *argv[] = { cli, "sample-workspace", "--years", years, path, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("plenary-cli sample-workspace: %s", error->message);
  return path;
}

static void
make_workspaces (Bench      *bench,
                 const char *cli)
{
  for (guint v = EMPTY; v < N_VARIANTS; v++)
    bench->files[v] = make_workspace (bench, cli, bench->years[v]);
  bench->one_year = make_workspace (bench, cli, 1);
}

/* The load of @path against json-glib's parse of the same bytes, in this
 * process, printed as "load-ratio RATIO PARSE_MS LOAD_MS LOAD_CPU_MS". */
static int
print_load_ratio (const char *path,
                  guint       rounds)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, &error);
  g_autoptr(GBytes) bytes = NULL;
  double parse, load, load_cpu, ratio;

  g_assert_no_error (error);
  bytes = g_mapped_file_get_bytes (mapped);
  ratio = pln_bench_load_ratio (bytes, rounds, &parse, &load, &load_cpu);
  g_print ("load-ratio %f %f %f %f\n", ratio, parse * 1000, load * 1000, load_cpu * 1000);
  return 0;
}

/* The load of the 1-year, 10-year and largest files against json-glib's
 * parse of the same bytes (best of 5 rounds; 3 for the largest), each in
 * a process of its own, as Plenary loads a workspace: in this one, after
 * the others and the registrations, a heap already grown and cut up
 * slowed the largest load more than the parse. */
static void
measure_loads (Bench      *bench,
               const char *self)
{
  const char *files[] = { bench->one_year, bench->files[TEN], bench->files[LARGEST] };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *rounds = g_strdup_printf ("%u", i == 2 ? 3 : 5);
      const char *argv[] = { self, "--load-ratio", files[i], rounds, NULL };
      g_autofree char *out = NULL;
      g_autoptr(GError) error = NULL;
      int status;

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        g_error ("bench-scale --load-ratio: %s", error->message);
      if (sscanf (out, "load-ratio %lf %lf %lf %lf", &bench->load_ratio[i], &bench->parse_ms[i],
                  &bench->load_ms[i], &bench->load_cpu_ms[i]) != 4)
        g_error ("bench-scale --load-ratio said: %s", out);
    }
}

/* Plenary in folders of its own: no settings, recent files or sample of
 * the user's; the workspace comes from the command line. */
static char **
child_environment (const char *dir)
{
  static const char * const xdg[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };
  char **envp = g_get_environ ();

  for (guint i = 0; i < G_N_ELEMENTS (xdg); i++)
    {
      g_autofree char *path = g_build_filename (dir, xdg[i], NULL);

      g_mkdir_with_parents (path, 0700);
      envp = g_environ_setenv (envp, xdg[i], path, TRUE);
    }

  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  return g_environ_setenv (envp, "PLN_PROBE", "1", TRUE);
}

static void
print_details (Bench *bench,
               guint  rounds)
{
  g_print ("\nPer program, median (worst) of %u interleaved runs:\n\n"
           "| program | exec → mapped | ÷ bare | map → workspace shown | longest iteration: load | apply (CPU) | settle (CPU) | autosave (CPU) | peak RSS |\n"
           "|---|---|---|---|---|---|---|---|---|\n", rounds);
  g_print ("| bare AdwApplicationWindow | %.0f (%.0f) ms | 1 | | | | | | %.0f MB |\n",
           median (bench, BARE, MAP), worst (bench, BARE, MAP), median (bench, BARE, RSS));
  for (guint v = EMPTY; v < N_VARIANTS; v++)
    g_print ("| Plenary, %u years | %.0f (%.0f) ms | %.2f× | %.0f (%.0f) ms | %.1f (%.1f) ms | %.1f (%.1f) ms | %.1f (%.1f) ms | %.1f (%.1f) ms | %.0f MB |\n",
             bench->years[v], median (bench, v, MAP), worst (bench, v, MAP), median (bench, v, MAP_RATIO),
             median (bench, v, SHOWN), worst (bench, v, SHOWN),
             median (bench, v, LOAD_WALL), worst (bench, v, LOAD_WALL),
             median (bench, v, APPLY_WALL), median (bench, v, APPLY_CPU),
             median (bench, v, SETTLE_WALL), median (bench, v, SETTLE_CPU),
             median (bench, v, SAVE_WALL), median (bench, v, SAVE_CPU), median (bench, v, RSS));

  g_print ("\nLoad against json-glib's parse of the same bytes, each file in a process of its own (best of rounds; "
           "a file from 4 MB has its meetings read by two threads, so its CPU time is also given):\n\n"
           "| years | json-glib parse | load | ÷ parse | load, CPU time of all threads | ÷ parse |\n|---|---|---|---|---|---|\n");
  for (guint i = 0; i < 3; i++)
    g_print ("| %u | %.0f ms | %.0f ms | %.2f× | %.0f ms | %.2f× |\n", i == 0 ? 1 : bench->years[i == 1 ? TEN : LARGEST],
             bench->parse_ms[i], bench->load_ms[i], bench->load_ratio[i],
             bench->load_cpu_ms[i], bench->load_cpu_ms[i] / bench->parse_ms[i]);
}

static void
print_table (Bench  *bench,
             GArray *typing,
             GArray *frames,
             GArray *sorting)
{
  guint n = bench->years[LARGEST];

  g_print ("\nStart-up and scale, today (medians of the runs; a run's longest iteration in wall-clock time, "
           "its main thread's CPU time in parentheses):\n\n| measure | today | goal |\n|---|---|---|\n");
  g_print ("| exec → first window mapped, empty workspace, ÷ bare AdwApplicationWindow | %.2f× | ≤ 1.15× |\n",
           median (bench, EMPTY, MAP_RATIO));
  g_print ("| same, 10-year workspace | %.2f× | ≤ 1.30× |\n", median (bench, TEN, MAP_RATIO));
  g_print ("| longest main-loop iteration while the 10-year workspace is applied | %.0f ms (%.0f ms CPU) | ≤ 16 ms |\n",
           median (bench, TEN, APPLY_WALL), median (bench, TEN, APPLY_CPU));
  g_print ("| longest main-loop iteration during an autosave, 10 years / %u years | %.0f ms (%.0f) / %.0f ms (%.0f) | ≤ 16 ms / ≤ 16 ms |\n",
           n, median (bench, TEN, SAVE_WALL), median (bench, TEN, SAVE_CPU),
           median (bench, LARGEST, SAVE_WALL), median (bench, LARGEST, SAVE_CPU));
  g_print ("| from map to the workspace shown, 10 / %u years | %.2f s / %.2f s | ≤ 0.5 s / ≤ 5 s |\n",
           n, median (bench, TEN, SHOWN) / 1000, median (bench, LARGEST, SHOWN) / 1000);
  g_print ("| peak RSS of the window, 10 / %u years | %.0f MB / %.0f MB | ≤ 150 MB / ≤ 800 MB |\n",
           n, median (bench, TEN, RSS), median (bench, LARGEST, RSS));
  g_print ("| load ÷ json-glib parse of the same bytes, 1 / 10 / %u years (its CPU time in all threads ÷ parse) "
           "| %.2f× / %.2f× / %.2f× (%.2f× / %.2f× / %.2f×) | ≤ 1.3× |\n",
           n, bench->load_ratio[0], bench->load_ratio[1], bench->load_ratio[2],
           bench->load_cpu_ms[0] / bench->parse_ms[0], bench->load_cpu_ms[1] / bench->parse_ms[1],
           bench->load_cpu_ms[2] / bench->parse_ms[2]);
  pln_bench_sort_times (typing);
  pln_bench_sort_times (frames);
  pln_bench_sort_times (sorting);
  g_print ("| registrations search keystroke at 30 000, median / p95 / max | %.1f / %.0f / %.0f ms | ≤ 8 / 16 / 50 ms |\n",
           g_array_index (typing, double, typing->len / 2), g_array_index (typing, double, typing->len * 95 / 100),
           g_array_index (typing, double, typing->len - 1));
  if (frames->len > 0)
    g_print ("| the %u frames after keystrokes that add, show or take away rows, median / p95 / max | %.1f / %.0f / %.0f ms | ≤ 16 ms |\n",
             frames->len, g_array_index (frames, double, frames->len / 2),
             g_array_index (frames, double, frames->len * 95 / 100), g_array_index (frames, double, frames->len - 1));
  g_print ("| registrations column sort, median / p95 | %.0f / %.0f ms | ≤ 30 / 50 ms |\n",
           g_array_index (sorting, double, sorting->len / 2), g_array_index (sorting, double, sorting->len * 95 / 100));
}

/* Keystrokes and sorts on the Registrations page at 30 000, in this
 * process (see bench-registrations for the whole of that page's bench). */
static void
bench_registrations (GArray **typing,
                     GArray **frames,
                     GArray **sorting)
{
  g_autoptr(PlnMeeting) meeting = pln_bench_meeting_of_30000 ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 700);
  PlnRegistrationsPage *page = pln_bench_registrations_open (meeting, surface, NULL);

  *typing = pln_bench_registrations_typing (page, surface, frames);
  *sorting = pln_bench_registrations_sorting (page, surface);

  cairo_surface_destroy (surface);
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (page))));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) typing = NULL;
  g_autoptr(GArray) frames = NULL;
  g_autoptr(GArray) sorting = NULL;
  g_autoptr(GError) error = NULL;
  const char *rounds_env = g_getenv ("PLN_BENCH_ROUNDS");
  const char *largest_env = g_getenv ("PLN_BENCH_LARGEST");
  guint rounds = rounds_env ? (guint) g_ascii_strtoull (rounds_env, NULL, 10) : 7;
  Bench bench = { .years = { 0, 0, 10, largest_env ? (guint) g_ascii_strtoull (largest_env, NULL, 10) : 100 } };
  const char *rm[] = { "rm", "-rf", NULL, NULL };

  if (argc == 4 && g_str_equal (argv[1], "--load-ratio"))
    return print_load_ratio (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10));
  if (argc != 4)
    g_error ("Usage: bench-scale PLENARY PLENARY-CLI BARE-WINDOW");
  if (!pln_bench_ui_init ("bench-scale"))
    return PLN_BENCH_EXIT_SKIP;

  bench.plenary = argv[1];
  bench.bare = argv[3];
  bench.dir = g_dir_make_tmp ("bench-scale-XXXXXX", &error);
  g_assert_no_error (error);
  bench.envp = child_environment (bench.dir);
  for (guint v = 0; v < N_VARIANTS; v++)
    for (guint m = 0; m < N_MEASURES; m++)
      bench.results[v][m] = g_array_new (FALSE, FALSE, sizeof (double));
  make_workspaces (&bench, argv[2]);

  /* Each round runs every program once, starting one further along, so
   * that none is always the first after another's exit. */
  rounds = MAX (rounds, 1);
  for (guint round = 0; round < rounds; round++)
    for (guint k = 0; k < N_VARIANTS; k++)
      run_once (&bench, (k + round) % N_VARIANTS);

  /* Against the bare window of the same round. */
  for (guint v = EMPTY; v < N_VARIANTS; v++)
    for (guint r = 0; r < rounds; r++)
      add (&bench, v, MAP_RATIO, g_array_index (bench.results[v][MAP], double, r) /
                                 g_array_index (bench.results[BARE][MAP], double, r));

  bench_registrations (&typing, &frames, &sorting);
  measure_loads (&bench, argv[0]);

  g_print ("Plenary at archive scale (%s), GSK_RENDERER=%s, %u rounds\n", argv[1],
           g_getenv ("GSK_RENDERER") ?: "default", rounds);
  print_details (&bench, rounds);
  print_table (&bench, typing, frames, sorting);

  rm[2] = bench.dir;
  g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  for (guint v = 0; v < N_VARIANTS; v++)
    {
      g_free (bench.files[v]);
      for (guint m = 0; m < N_MEASURES; m++)
        g_array_unref (bench.results[v][m]);
    }
  g_strfreev (bench.envp);
  g_free (bench.one_year);
  g_free (bench.dir);
  return 0;
}
