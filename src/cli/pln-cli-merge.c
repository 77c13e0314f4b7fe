/* pln-cli-merge.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-core.h"
#include "pln-cli.h"

/* plenary-cli merge BASE MINE THEIRS OUT: merges the edits MINE and
 * THEIRS made to BASE (pln-merge.c) and writes the result to OUT, safely.
 * With conflicts, OUT is still written, with mine's side of each (the
 * workspace as mine would have saved it, plus theirs' other edits:
 * nothing of mine is lost, and theirs' side is still in THEIRS); the
 * conflicts go to stdout, one a line, "PATH<tab>FIELD<tab>MINE<tab>THEIRS",
 * and the exit status is 1. FIELD is "-" for a deletion against an edit or
 * a reference, "(moved)" for an object both moved to different places
 * (MINE and THEIRS then say what each put it under). */

static void
print_conflict (const PlnMergeConflict *c)
{
  /* Translators: the value of a side that deleted the object, in the
   * conflicts plenary-cli merge lists */
  const char *deleted = _("(deleted)");
  /* Translators: in place of a field, a conflict where both moved the
   * object to different places, in the conflicts plenary-cli merge lists */
  const char *moved = _("(moved)");
  const char *columns[] = {
    c->path,
    c->member != NULL ? c->member : c->kind == PLN_MERGE_CONFLICT_MOVED ? moved : "-",
    c->mine != NULL ? c->mine : deleted,
    c->theirs != NULL ? c->theirs : deleted,
  };

  /* Each column without its control characters, and its tabs and line
   * breaks as spaces, so those between the columns are the only ones. */
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autofree char *printable = g_strdelimit (pln_text_printable (columns[i]), "\t\n\r", ' ');

      g_print ("%s%s", printable, i + 1 < G_N_ELEMENTS (columns) ? "\t" : "\n");
    }
}

int
pln_cli_merge (int    argc,
               char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnStore) base = NULL;
  g_autoptr(PlnStore) mine = NULL;
  g_autoptr(PlnStore) theirs = NULL;
  g_autoptr(PlnWorkspace) merged = NULL;
  g_autoptr(PlnMerge) merge = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) out = NULL;
  guint n_conflicts;

  if (argc != 5)
    return pln_cli_usage (argv[0]);

  if ((base = pln_cli_load (argv[1], &error)) == NULL ||
      (mine = pln_cli_load (argv[2], &error)) == NULL ||
      (theirs = pln_cli_load (argv[3], &error)) == NULL)
    return pln_cli_fail ("merge", error);

  merged = pln_merge_workspaces (pln_store_get_workspace (base), pln_store_get_workspace (mine),
                                 pln_store_get_workspace (theirs), &merge);
  bytes = pln_json_serialize_workspace (merged);
  out = g_file_new_for_commandline_arg (argv[4]);
  if (!pln_file_write_bytes_safely (out, bytes, PLN_WRITE_PRIVATE, &error))
    return pln_cli_fail ("merge", error);

  n_conflicts = pln_merge_get_n_conflicts (merge);
  for (guint i = 0; i < n_conflicts; i++)
    print_conflict (pln_merge_get_conflict (merge, i));

  if (n_conflicts == 0)
    return 0;

  pln_cli_print (stderr,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%s: %u conflict; the merged workspace has mine’s side of it\n",
                              "%s: %u conflicts; the merged workspace has mine’s side of each\n",
                              n_conflicts),
                 argv[4], n_conflicts);
  return 1;
}
