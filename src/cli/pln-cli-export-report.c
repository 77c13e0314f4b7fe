/* pln-cli-export-report.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-core.h"
#include "pln-cli.h"

/* plenary-cli export-report FILE MEETING FORMAT OUT: the draft report of
 * the meeting, in English whatever the interface language. What keeps it
 * from being complete (no symbol, an agreed recommendation without an
 * item, a State heard without a registration) is said on stderr, in the
 * interface language; the report is written all the same, as the Report
 * page exports it. The workspace is only read. */
int
pln_cli_export_report (int    argc,
                       char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnStore) store = NULL;
  g_autoptr(PlnDocument) document = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  PlnDocumentFormat format;
  PlnMeeting *meeting;

  if (argc != 5)
    return pln_cli_usage (argv[0]);

  if (!pln_cli_parse_format ("export-report", argv[3], &format))
    return 2;

  store = pln_cli_load_meeting (argv[1], argv[2], &meeting, &error);
  if (store == NULL)
    return pln_cli_fail ("export-report", error);

  problems = pln_report_dup_problems (meeting);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *message = pln_report_problem_dup_message (problems->pdata[i]);

      /* Translators: a problem of the report, said before it is written anyway */
      pln_cli_print (stderr, _("plenary-cli export-report: warning: %s\n"), message);
    }

  document = pln_report_document_new (meeting);
  return pln_cli_export_document ("export-report", document, format, argv[4]);
}
