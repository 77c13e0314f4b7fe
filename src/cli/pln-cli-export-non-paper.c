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

/* DAY as a date of the meeting, or as its number: "1" is Day 1; "1abc",
 * "0" or "4294967297" are not read as some day. */
static gboolean
find_day (PlnMeeting  *meeting,
          const char  *text,
          GDate       *day,
          GError     **error)
{
  guint n_days = pln_meeting_get_n_days (meeting);
  guint number;

  if (n_days == 0)
    {
      g_set_error_literal (error, PLN_ERROR, PLN_ERROR_INVALID,
                           _("The meeting has no dates: set its first and last day first"));
      return FALSE;
    }

  if (pln_date_from_iso (text, day))
    {
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;
      GDate last_day;

      if (pln_meeting_get_day_index (meeting, day) >= 0)
        return TRUE;

      pln_meeting_get_day (meeting, n_days - 1, &last_day);
      first = pln_date_to_iso (pln_meeting_get_first_day (meeting));
      last = pln_date_to_iso (&last_day);
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* Translators: the date given, then the first and the last day of the meeting */
                   _("%s is not a day of the meeting, which runs from %s to %s"), text, first, last);
      return FALSE;
    }

  /* Translators: the argument of export-non-paper as its usage names it */
  if (!pln_cli_parse_number (_("DAY"), text, 1, n_days, &number, error))
    return FALSE;

  return pln_meeting_get_day (meeting, number - 1, day);
}

/* plenary-cli export-non-paper FILE MEETING DAY FORMAT OUT [--sources]:
 * DAY is the day's number (1 for Day 1) or its date (2023-10-05). The
 * workspace is only read. */
int
pln_cli_export_non_paper (int    argc,
                          char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnStore) store = NULL;
  g_autoptr(PlnDocument) document = NULL;
  gboolean sources = argc == 7 && g_str_equal (argv[6], "--sources");
  PlnDocumentFormat format;
  PlnMeeting *meeting;
  GDate day;

  if (argc != 6 && !sources)
    return pln_cli_usage (argv[0]);

  if (!pln_cli_parse_format ("export-non-paper", argv[4], &format))
    return 2;

  store = pln_cli_load_meeting (argv[1], argv[2], &meeting, &error);
  if (store == NULL || !find_day (meeting, argv[3], &day, &error))
    return pln_cli_fail ("export-non-paper", error);

  document = pln_non_paper_new (meeting, &day, sources);
  return pln_cli_export_document ("export-non-paper", document, format, argv[5]);
}
