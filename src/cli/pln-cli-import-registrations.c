/* pln-cli-import-registrations.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-core.h"
#include "pln-cli.h"

/* plenary-cli import-registrations FILE MEETING CSV [--on-duplicate
 * skip|replace|keep]: adds the good lines to the meeting and saves the
 * workspace; the bad lines on stderr with their numbers. */
int
pln_cli_import_registrations (int    argc,
                              char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) csv = NULL;
  g_autoptr(PlnStore) store = NULL;
  g_autoptr(PlnRegistrationImport) import = NULL;
  g_autofree char *data = NULL;
  g_auto(GStrv) unmapped = NULL;
  PlnDuplicatePolicy policy = PLN_DUPLICATES_SKIP;
  PlnMeeting *meeting;
  GArray *problems;
  gsize length;
  guint added;

  if (argc == 6 && g_str_equal (argv[4], "--on-duplicate"))
    {
      if (g_str_equal (argv[5], "replace"))
        policy = PLN_DUPLICATES_REPLACE;
      else if (g_str_equal (argv[5], "keep"))
        policy = PLN_DUPLICATES_KEEP_BOTH;
      else if (!g_str_equal (argv[5], "skip"))
        argc = 0;
    }

  if (argc != 4 && argc != 6)
    {
      g_printerr ("%s plenary-cli import-registrations %s\n", _("Usage:"),
                  _("FILE MEETING CSV [--on-duplicate skip|replace|keep]"));
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  store = pln_store_new (file);
  if (!pln_store_load (store, NULL, &error) ||
      (meeting = pln_cli_find_meeting (pln_store_get_workspace (store), argv[2], &error)) == NULL)
    return pln_cli_fail ("import-registrations", error);

  /* Bounded: a pipe or /dev/zero given as the CSV is refused, not read
   * until memory runs out. */
  csv = g_file_new_for_commandline_arg (argv[3]);
  if (!pln_file_read_bounded (csv, PLN_FILE_LIMIT_DOCUMENT, NULL, &data, &length, NULL, &error) ||
      (import = pln_registration_import_new (data, length, meeting, &error)) == NULL)
    return pln_cli_fail ("import-registrations", error);

  unmapped = pln_registration_import_dup_unmapped (import);
  for (guint i = 0; unmapped[i] != NULL; i++)
    /* Translators: a file name and the header of one of its columns */
    pln_cli_printerr (_("%s: column “%s” not imported\n"), argv[3], unmapped[i]);

  problems = pln_registration_import_get_problems (import);
  for (guint i = 0; i < problems->len; i++)
    {
      PlnImportProblem *problem = &g_array_index (problems, PlnImportProblem, i);

      /* Translators: a file name, a line number and what is wrong on that line */
      pln_cli_printerr (_("%s:%u: %s\n"), argv[3], problem->line, problem->message);
    }

  added = pln_registration_import_apply (import, policy);
  if (!pln_store_save (store, NULL, &error))
    {
      pln_cli_print_error ("import-registrations", error);
      return 1;
    }

  pln_cli_print (g_dngettext (GETTEXT_PACKAGE, "%u registration imported\n", "%u registrations imported\n", added), added);
  return 0;
}
