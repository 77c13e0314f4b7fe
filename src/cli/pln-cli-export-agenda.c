/* pln-cli-export-agenda.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-core.h"
#include "pln-cli.h"

/* plenary-cli export-agenda FILE MEETING FORMAT OUT */
int
pln_cli_export_agenda (int    argc,
                       char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnStore) store = NULL;
  g_autoptr(PlnDocument) document = NULL;
  PlnDocumentFormat format;
  PlnMeeting *meeting;

  if (argc != 5)
    return pln_cli_usage (argv[0]);

  if (!pln_cli_parse_format ("export-agenda", argv[3], &format))
    return 2;

  store = pln_cli_load_meeting (argv[1], argv[2], &meeting, &error);
  if (store == NULL)
    return pln_cli_fail ("export-agenda", error);

  document = pln_agenda_document_new (meeting);
  return pln_cli_export_document ("export-agenda", document, format, argv[4]);
}
