/* pln-cli-import-agenda.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "plenary-core.h"
#include "pln-cli.h"

/* plenary-cli import-agenda FILE.txt: the meeting read from the text of an
 * annotated provisional agenda (or from a PDF's text, where poppler is), printed as the workspace file has
 * meetings; what was not understood on stderr, by line. The exit status
 * is 1 only when nothing usable was found. */
int
pln_cli_import_agenda (int    argc,
                       char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnAgendaImport) import = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *json = NULL;

  if (argc != 2)
    return pln_cli_usage (argv[0]);

  file = g_file_new_for_commandline_arg (argv[1]);
  if ((import = pln_agenda_import_read_file (file, NULL, &error)) == NULL)
    {
      pln_cli_print_error ("import-agenda", error);
      return 1;
    }

  pln_cli_print_problems (argv[1], pln_agenda_import_get_problems (import));

  node = pln_json_build_meeting (pln_agenda_import_get_meeting (import));
  generator = json_generator_new ();
  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json = json_generator_to_data (generator, NULL);
  pln_cli_print_json (json);
  return 0;
}
