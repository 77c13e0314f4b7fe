/* bench-store.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "plenary-core.h"

/* Load and save of synthetic workspaces of 1, 10 and 100 years, against
 * json-glib's own parse and generate of the same bytes in the same run:
 * what the store adds to json-glib is the model, and it should cost at
 * most half again. Each figure is the best of several runs. */

#define RUNS 5

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static double
time_raw_parse (GBytes *bytes)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < RUNS; i++)
    {
      JsonParser *parser = json_parser_new_immutable ();
      double start = now ();

      if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
        g_error ("The benchmark's own file does not parse");
      /* The tree is freed in both cases: a load frees it too. */
      g_object_unref (parser);
      best = MIN (best, now () - start);
    }

  return best;
}

static double
time_load (GBytes *bytes)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      double start = now ();
      g_autoptr(PlnWorkspace) workspace = pln_json_parse_workspace (g_bytes_get_data (bytes, NULL),
                                                                    g_bytes_get_size (bytes), &error);

      g_assert_no_error (error);
      best = MIN (best, now () - start);
    }

  return best;
}

static double
time_raw_generate (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  double best = G_MAXDOUBLE;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autofree char *data = NULL;
      double start = now ();

      json_generator_set_root (generator, json_parser_get_root (parser));
      json_generator_set_pretty (generator, TRUE);
      json_generator_set_indent (generator, 1);
      data = json_generator_to_data (generator, NULL);
      best = MIN (best, now () - start);
    }

  return best;
}

static double
time_save (PlnWorkspace *workspace,
           GFile        *file)
{
  g_autoptr(PlnStore) store = pln_store_new (file);
  double best = G_MAXDOUBLE;

  pln_store_set_workspace (store, workspace);
  pln_store_set_autosave_delay (store, 0);

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      double start = now ();

      /* The whole save: serialise, write, sync, rename, keep a backup. */
      pln_store_save (store, NULL, &error);
      g_assert_no_error (error);
      best = MIN (best, now () - start);
    }

  return best;
}

static double
time_serialize (PlnWorkspace *workspace)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < RUNS; i++)
    {
      double start = now ();
      g_autoptr(GBytes) bytes = pln_json_serialize_workspace (workspace);

      best = MIN (best, now () - start);
    }

  return best;
}

int
main (int   argc,
      char *argv[])
{
  const guint scales[] = { 1, 10, 100 };
  g_autofree char *dir = g_dir_make_tmp ("plenary-bench-XXXXXX", NULL);
  guint max_scale = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100;

  g_print ("Workspace load and save (best of %d), against json-glib on the same bytes\n\n", RUNS);
  g_print ("| years | meetings | registrations | MB | parse (json-glib) | load | ratio | generate (json-glib) | serialise | ratio | save to disk |\n");
  g_print ("|---|---|---|---|---|---|---|---|---|---|---|\n");

  for (guint s = 0; s < G_N_ELEMENTS (scales) && scales[s] <= max_scale; s++)
    {
      g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (scales[s], 42);
      g_autoptr(GBytes) bytes = pln_json_serialize_workspace (workspace);
      g_autofree char *path = g_build_filename (dir, "workspace.json", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      guint n_meetings = g_list_model_get_n_items (pln_workspace_get_meetings (workspace));
      double parse = time_raw_parse (bytes);
      double load = time_load (bytes);
      double generate = time_raw_generate (bytes);
      double serialize = time_serialize (workspace);
      double save = time_save (workspace, file);

      g_print ("| %u | %u | %u | %.1f | %.0f ms | %.0f ms | %.2f× | %.0f ms | %.0f ms | %.2f× | %.0f ms |\n",
               scales[s], n_meetings, n_meetings * 300,
               g_bytes_get_size (bytes) / 1e6,
               parse * 1e3, load * 1e3, load / parse,
               generate * 1e3, serialize * 1e3, serialize / generate,
               save * 1e3);

      g_unlink (path);
      {
        g_autofree char *backup = g_strconcat (path, "~", NULL);
        g_unlink (backup);
      }
    }

  g_rmdir (dir);
  return 0;
}
