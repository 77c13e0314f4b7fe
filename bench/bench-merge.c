/* bench-merge.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "plenary-core.h"

/* The merge of two versions of a ten-year workspace, each with 1 % of its
 * objects changed (different ones), against loading that workspace from
 * its bytes in the same run: the target is at most 1.5 times the load.
 * "Compare" is pln_merge_new() alone (what a save does before it writes);
 * "merge" is pln_merge_workspaces(): the compare, a copy of mine and the
 * changes applied to it. Best of several rounds. */

#define RUNS 5

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* Changes the first text field of one object in a hundred, from @offset. */
static void
change_one_percent (PlnWorkspace *workspace,
                    guint         offset)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) objects = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;
  guint changed = 0;

  pln_object_add_ids (PLN_OBJECT (workspace), ids);
  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (objects, value);
  for (guint i = offset; i < objects->len; i += 100)
    {
      PlnObject *object = objects->pdata[i];
      guint n_fields;
      const PlnField *fields = pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (object), &n_fields);

      for (guint f = 0; f < n_fields; f++)
        if (fields[f].kind == PLN_FIELD_STRING)
          {
            g_autofree char *text = g_strdup_printf ("changed %u", i);

            pln_object_set_string (object, f, text);
            changed++;
            break;
          }
    }

  g_print ("  %u of %u objects changed\n", changed, objects->len);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlnWorkspace) base = pln_synth_workspace (10, 2026);
  g_autoptr(PlnWorkspace) mine = pln_workspace_copy (base);
  g_autoptr(PlnWorkspace) theirs = pln_workspace_copy (base);
  g_autoptr(GBytes) bytes = pln_json_serialize_workspace (base);
  double load = G_MAXDOUBLE, compare = G_MAXDOUBLE, merge = G_MAXDOUBLE;
  guint n_changes = 0;

  g_print ("Merge of two ten-year workspaces (%.1f MB)\n", g_bytes_get_size (bytes) / 1e6);
  change_one_percent (mine, 0);
  change_one_percent (theirs, 50);

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PlnWorkspace) loaded = NULL;
      g_autoptr(PlnWorkspace) merged = NULL;
      g_autoptr(PlnMerge) compared = NULL;
      g_autoptr(PlnMerge) result = NULL;
      double start = now ();

      loaded = pln_json_parse_workspace (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
      g_assert_no_error (error);
      load = MIN (load, now () - start);

      start = now ();
      compared = pln_merge_new (base, mine, theirs);
      compare = MIN (compare, now () - start);

      start = now ();
      merged = pln_merge_workspaces (base, mine, theirs, &result);
      merge = MIN (merge, now () - start);

      g_assert_cmpuint (pln_merge_get_n_conflicts (result), ==, 0);
      n_changes = pln_merge_get_n_changes (result);
    }

  g_print ("  %u changes of theirs brought in, no conflict\n", n_changes);
  g_print ("| load | compare | ratio | merge | ratio |\n|---|---|---|---|---|\n");
  /* printf, not g_print: the table is UTF-8 whatever the locale. */
  printf ("| %.0f ms | %.0f ms | %.2f× | %.0f ms | %.2f× |\n",
           load * 1000, compare * 1000, compare / load, merge * 1000, merge / load);

  return 0;
}
