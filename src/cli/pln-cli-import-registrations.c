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
  g_autoptr(GFile) csv = NULL;
  g_autoptr(PlnStore) store = NULL;
  g_autoptr(PlnRegistrationImport) import = NULL;
  g_autofree char *data = NULL;
  g_auto(GStrv) unmapped = NULL;
  PlnDuplicatePolicy policy = PLN_DUPLICATES_SKIP;
  PlnMeeting *meeting;
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
    return pln_cli_usage (argv[0]);

  store = pln_cli_load_meeting (argv[1], argv[2], &meeting, &error);
  if (store == NULL)
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
    pln_cli_print (stderr, _("%s: column “%s” not imported\n"), argv[3], unmapped[i]);

  pln_cli_print_problems (argv[3], pln_registration_import_get_problems (import));

  added = pln_registration_import_apply (import, policy);
  if (!pln_store_save (store, NULL, &error))
    {
      pln_cli_print_error ("import-registrations", error);
      return 1;
    }

  pln_cli_print (stdout, g_dngettext (GETTEXT_PACKAGE, "%u registration imported\n", "%u registrations imported\n", added), added);
  return 0;
}
