/* pln-cli-publish.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-core.h"
#include "pln-cli.h"

/* Reads the options after FILE OUT-DIR; FALSE on one it does not know. */
static gboolean
parse_options (int               argc,
               char            **argv,
               PlnPublicOptions *options)
{
  for (int i = 3; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--sources"))
        options->with_sources = TRUE;
      else if (g_str_equal (argv[i], "--publisher") && i + 1 < argc)
        options->publisher = argv[++i];
      else
        return FALSE;
    }

  return TRUE;
}

/* plenary-cli publish FILE OUT-DIR [--publisher NAME] [--sources]: the
 * public edition of FILE, OUT-DIR/workspace.json, and its documents in
 * OUT-DIR/documents (docs/file-format.md, "Public edition"). OUT-DIR may
 * be any GIO location. FILE is only read. */
int
pln_cli_publish (int    argc,
                 char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnStore) store = NULL;
  g_autoptr(GBytes) full = NULL;
  g_autoptr(GFile) folder = NULL;
  PlnPublicOptions options = { NULL, FALSE };
  PlnPublishResult result = { 0, };
  PlnWorkspace *workspace;

  if (argc < 3 || !parse_options (argc, argv, &options))
    return pln_cli_usage (argv[0]);

  store = pln_cli_load (argv[1], &error);
  if (store == NULL)
    return pln_cli_fail ("publish", error);

  workspace = pln_store_get_workspace (store);
  if (options.publisher == NULL)
    options.publisher = pln_workspace_get_publisher (workspace) ?: pln_workspace_get_title (workspace);
  /* As the window does: a workspace that names no one is published by
   * "The Secretariat", which --publisher NAME replaces. */
  if (options.publisher == NULL)
    options.publisher = _("The Secretariat");

  full = pln_json_serialize_workspace (workspace);
  folder = g_file_new_for_commandline_arg (argv[2]);
  if (!pln_public_edition_publish (full, &options, folder, &result, NULL, &error))
    return pln_cli_fail ("publish", error);

  /* Translators: the counts of documents written, left as they were and removed */
  pln_cli_print (stdout, _("Published: %u documents written, %u unchanged, %u removed; %s\n"),
                 result.written, result.kept, result.removed,
                 result.edition_written ? _("the edition was updated") : _("the edition had not changed"));
  return 0;
}
