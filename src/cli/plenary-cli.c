/* plenary-cli.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "pln-cli.h"

static const PlnCliCommand commands[] = {
  { "validate", N_("FILE"), N_("Check a workspace file and list its problems"), pln_cli_validate },
  { "dump", N_("FILE"), N_("Summarise the working groups and meetings of a workspace"), pln_cli_dump },
  { "export-ics", N_("FILE OUT.ics [--group SHORT-NAME]"), N_("Export meetings and plenary meetings as iCalendar"), pln_cli_export_ics },
  { NULL }
};

void
pln_cli_print_error (const char   *command,
                     const GError *error)
{
  g_printerr ("plenary-cli %s: %s\n", command, error->message);
}

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n  plenary-cli %s\n\n%s\n",
           _("Usage:"), _("COMMAND [ARGUMENTS…]"),
           _("Work with Plenary workspaces from the command line."));

  fprintf (stream, "\n%s\n", _("Commands:"));
  for (guint i = 0; commands[i].name != NULL; i++)
    fprintf (stream, "  %-20s %-28s %s\n",
             commands[i].name, _(commands[i].arguments), _(commands[i].description));

  fprintf (stream, "\n%s\n  %-49s %s\n  %-49s %s\n",
           _("Options:"),
           "-h, --help", _("Show this help"),
           "--version", _("Show the version"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_usage (stderr);
      return 2;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return 0;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      printf ("plenary-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  for (guint i = 0; commands[i].name != NULL; i++)
    {
      if (g_str_equal (argv[1], commands[i].name))
        return commands[i].func (argc - 1, argv + 1);
    }

  /* Translators: %s is the command the user typed */
  g_printerr (_("plenary-cli: unknown command “%s”; see plenary-cli --help\n"), argv[1]);
  return 2;
}
