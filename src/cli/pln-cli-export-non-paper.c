/* pln-cli-export-non-paper.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-core.h"
#include "pln-cli.h"

/* plenary-cli export-non-paper FILE MEETING DAY FORMAT OUT [--sources]:
 * DAY is the day's number (1 for Day 1) or its date (2023-10-05). The
 * workspace is only read. */
int
pln_cli_export_non_paper (int    argc,
                          char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(PlnStore) store = NULL;
  g_autoptr(PlnDocument) document = NULL;
  gboolean sources = argc == 7 && g_str_equal (argv[6], "--sources");
  PlnDocumentFormat format;
  PlnMeeting *meeting;
  GDate day;

  if (argc != 6 && !sources)
    {
      g_printerr ("%s plenary-cli export-non-paper %s\n", _("Usage:"), _("FILE MEETING DAY FORMAT OUT [--sources]"));
      return 2;
    }

  if (!pln_document_format_from_string (argv[4], &format))
    {
      g_printerr (_("plenary-cli export-non-paper: unknown format “%s”; use pdf, docx, odt or txt\n"), argv[4]);
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  store = pln_store_new (file);
  if (!pln_store_load (store, NULL, &error) ||
      (meeting = pln_cli_find_meeting (pln_store_get_workspace (store), argv[2], &error)) == NULL)
    {
      pln_cli_print_error ("export-non-paper", error);
      return 1;
    }

  if (!pln_date_from_iso (argv[3], &day) &&
      !pln_meeting_get_day (meeting, g_ascii_strtoull (argv[3], NULL, 10) - 1, &day))
    {
      /* Translators: %s is what was given as the day */
      g_printerr (_("plenary-cli export-non-paper: “%s” is not a day of the meeting; give its number (1 for Day 1) or its date\n"),
                  argv[3]);
      return 2;
    }

  document = pln_non_paper_new (meeting, &day, sources);
  out = g_file_new_for_commandline_arg (argv[5]);
  if (!pln_document_export (document, format, out, NULL, &error))
    {
      pln_cli_print_error ("export-non-paper", error);
      return 1;
    }

  return 0;
}
