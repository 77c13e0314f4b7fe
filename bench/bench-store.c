/* bench-store.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "plenary-core.h"
#include "pln-bench-load.h"

/* Load and save of synthetic workspaces of 1, 10 and 100 years, against
 * json-glib's own parse and generate of the same bytes in the same run:
 * what the store adds to json-glib is the model, and it should cost at
 * most half again. Each figure is the best of several rounds, and each
 * round times every operation once, so a burst of other work on the
 * machine weighs on all of them alike rather than on one. */

#define RUNS 5

typedef struct
{
  double parse;
  double load;
  double generate;
  double serialize;
  double save;
} Times;

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static double
time_raw_generate (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *data = NULL;
  double start = now ();

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  data = json_generator_to_data (generator, NULL);

  return now () - start;
}

static double
time_serialize (PlnWorkspace *workspace)
{
  double start = now ();
  g_autoptr(GBytes) bytes = pln_json_serialize_workspace (workspace);

  return now () - start;
}

static double
time_save (PlnStore *store)
{
  g_autoptr(GError) error = NULL;
  double start = now ();

  /* The whole save: serialise, write, sync, rename, keep a backup. */
  pln_store_save (store, NULL, &error);
  g_assert_no_error (error);

  return now () - start;
}

static void
measure (PlnWorkspace *workspace,
         GBytes       *bytes,
         GFile        *file,
         Times        *best)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(PlnStore) store = pln_store_new (file);

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
  pln_store_set_workspace (store, workspace);
  pln_store_set_autosave_delay (store, 0);

  best->parse = best->load = best->generate = best->serialize = best->save = G_MAXDOUBLE;
  for (guint i = 0; i < RUNS; i++)
    {
      /* The parse is timed before and after the load, and the better one
       * kept: what runs before shapes the heap, and the baseline should
       * have the more favourable of the two (pln_bench_load_ratio()). */
      best->parse = MIN (best->parse, pln_bench_time_json_glib_parse (bytes));
      best->load = MIN (best->load, pln_bench_time_load (bytes, NULL));
      best->parse = MIN (best->parse, pln_bench_time_json_glib_parse (bytes));
      best->generate = MIN (best->generate, time_raw_generate (json_parser_get_root (parser)));
      best->serialize = MIN (best->serialize, time_serialize (workspace));
      best->save = MIN (best->save, time_save (store));
    }
}

int
main (int   argc,
      char *argv[])
{
  const guint scales[] = { 1, 10, 100 };
  g_autofree char *dir = g_dir_make_tmp ("plenary-bench-XXXXXX", NULL);
  guint max_scale = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100;

  /* printf, not g_print: the table is UTF-8 Markdown for the README
   * whatever the locale the benchmark runs in. */
  printf ("Workspace load and save (best of %d), against json-glib on the same bytes\n\n", RUNS);
  printf ("| years | meetings | registrations | MB | parse (json-glib) | load | ratio | generate (json-glib) | serialise | ratio | save to disk |\n");
  printf ("|---|---|---|---|---|---|---|---|---|---|---|\n");
  fflush (stdout);

  for (guint s = 0; s < G_N_ELEMENTS (scales) && scales[s] <= max_scale; s++)
    {
      g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (scales[s], 42);
      g_autoptr(GBytes) bytes = pln_json_serialize_workspace (workspace);
      g_autofree char *path = g_build_filename (dir, "workspace.json", NULL);
      g_autofree char *backup = g_strconcat (path, "~", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      guint n_meetings = g_list_model_get_n_items (pln_workspace_get_meetings (workspace));
      guint n_registrations = 0;
      Times t;

      for (guint m = 0; m < n_meetings; m++)
        {
          g_autoptr(PlnMeeting) meeting = g_list_model_get_item (pln_workspace_get_meetings (workspace), m);

          n_registrations += g_list_model_get_n_items (pln_meeting_get_registrations (meeting));
        }

      measure (workspace, bytes, file, &t);
      printf ("| %u | %u | %u | %.1f | %.0f ms | %.0f ms | %.2f× | %.0f ms | %.0f ms | %.2f× | %.0f ms |\n",
              scales[s], n_meetings, n_registrations,
              g_bytes_get_size (bytes) / 1e6,
              t.parse * 1e3, t.load * 1e3, t.load / t.parse,
              t.generate * 1e3, t.serialize * 1e3, t.serialize / t.generate,
              t.save * 1e3);
      fflush (stdout);

      g_unlink (path);
      g_unlink (backup);
    }

  g_rmdir (dir);
  return 0;
}
