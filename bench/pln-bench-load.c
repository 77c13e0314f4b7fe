/* pln-bench-load.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <time.h>

#include "plenary-core.h"
#include "pln-bench-load.h"

/* A workspace's load against json-glib's parse of the same bytes, which
 * every load of a JSON file needs at least: what Plenary adds is its
 * model. Times in seconds. */

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* json-glib's parse of @bytes into a tree, and the tree freed: a load
 * frees what it parsed too. */
double
pln_bench_time_json_glib_parse (GBytes *bytes)
{
  JsonParser *parser = json_parser_new_immutable ();
  double start = now ();

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
    g_error ("The benchmark's own file does not parse");
  g_object_unref (parser);

  return now () - start;
}

/* The process's CPU time, all its threads. */
static double
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The workspace read from @bytes; freeing the model is not part of
 * opening it. @cpu, when not %NULL, is set to the CPU time it took in
 * all threads: a large file's meetings are read in two. */
double
pln_bench_time_load (GBytes *bytes,
                     double *cpu)
{
  g_autoptr(GError) error = NULL;
  PlnWorkspace *workspace;
  double start = now ();
  double cpu_start = cpu_now ();
  double elapsed;

  workspace = pln_json_parse_workspace (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  elapsed = now () - start;
  if (cpu != NULL)
    *cpu = cpu_now () - cpu_start;
  g_assert_no_error (error);

  g_object_unref (workspace);
  return elapsed;
}

/* The best load ÷ the best parse over @rounds rounds. Each round parses
 * before and after the load, so a burst of other work weighs on both;
 * and the parse keeps the better of its two, as what ran before shapes
 * the heap and the baseline should have the more favourable. @load_cpu
 * is the CPU time of the best load. */
double
pln_bench_load_ratio (GBytes *bytes,
                      guint   rounds,
                      double *parse,
                      double *load,
                      double *load_cpu)
{
  *parse = *load = *load_cpu = G_MAXDOUBLE;
  for (guint i = 0; i < MAX (rounds, 1); i++)
    {
      double cpu;
      double elapsed;

      *parse = MIN (*parse, pln_bench_time_json_glib_parse (bytes));
      elapsed = pln_bench_time_load (bytes, &cpu);
      if (elapsed < *load)
        {
          *load = elapsed;
          *load_cpu = cpu;
        }
      *parse = MIN (*parse, pln_bench_time_json_glib_parse (bytes));
    }

  return *load / *parse;
}
