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
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(PlnStore) store = NULL;
  g_autoptr(PlnDocument) document = NULL;
  PlnDocumentFormat format;
  PlnMeeting *meeting;

  if (argc != 5)
    {
      g_printerr ("%s plenary-cli export-agenda %s\n", _("Usage:"), _("FILE MEETING FORMAT OUT"));
      return 2;
    }

  if (!pln_document_format_from_string (argv[3], &format))
    {
      /* Translators: %s is the format given; the names after it are not translated */
      pln_cli_printerr (_("plenary-cli export-agenda: unknown format “%s”; use pdf, docx, odt or txt\n"), argv[3]);
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  store = pln_store_new (file);
  if (!pln_store_load (store, NULL, &error) ||
      (meeting = pln_cli_find_meeting (pln_store_get_workspace (store), argv[2], &error)) == NULL)
    return pln_cli_fail ("export-agenda", error);

  document = pln_agenda_document_new (meeting);
  out = g_file_new_for_commandline_arg (argv[4]);
  if (!pln_document_export (document, format, out, NULL, &error))
    return pln_cli_fail ("export-agenda", error);

  return 0;
}
