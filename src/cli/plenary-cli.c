/* plenary-cli.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "plenary-core.h"
#include "pln-cli.h"

static const PlnCliCommand commands[] = {
  { "validate", N_("FILE"), N_("Check a workspace file and list its problems"), pln_cli_validate },
  { "dump", N_("FILE"), N_("Summarise the working groups and meetings of a workspace"), pln_cli_dump },
  { "merge", N_("BASE MINE THEIRS OUT"), N_("Merge two workspaces edited from BASE into OUT; conflicts on stdout keep MINE’s side, exit status 1"), pln_cli_merge },
  { "export-ics", N_("FILE OUT.ics [--group SHORT-NAME]"), N_("Export meetings and plenary meetings as iCalendar"), pln_cli_export_ics },
  { "export-agenda", N_("FILE MEETING FORMAT OUT"), N_("Export a meeting’s annotated provisional agenda (pdf, docx, odt, txt)"), pln_cli_export_agenda },
  { "export-non-paper", N_("FILE MEETING DAY FORMAT OUT [--sources]"), N_("Export a day’s non-paper (pdf, docx, odt, txt), always in English"), pln_cli_export_non_paper },
  { "export-report", N_("FILE MEETING FORMAT OUT"), N_("Export a meeting’s draft report (pdf, docx, odt, txt), always in English"), pln_cli_export_report },
  { "import-agenda", N_("FILE.txt|FILE.pdf"), N_("Read the text of an annotated provisional agenda and print the meeting as workspace JSON"), pln_cli_import_agenda },
  { "import-registrations", N_("FILE MEETING CSV [--on-duplicate skip|replace|keep]"), N_("Import registrations from the registration system’s CSV"), pln_cli_import_registrations },
  { "add-speaker", N_("FILE MEETING PLENARY-MEETING DELEGATION [--online] [--panellist MINUTES] [--item NUMBER]"), N_("Inscribe a delegation on a plenary meeting’s list of speakers, then apply the online cap"), pln_cli_add_speaker },
  { "export-speakers", N_("FILE MEETING PLENARY-MEETING FORMAT OUT"), N_("Export a plenary meeting’s list of speakers (pdf, docx, odt, txt, csv), always in English"), pln_cli_export_speakers },
  { "export-compendium", N_("FILE FORMAT OUT [--group SHORT-NAME] [--theme THEME] [--from YEAR] [--to YEAR]"), N_("Export the compendium of recommendations, resolutions and decisions by working group and theme (pdf, docx, odt, txt), always in English"), pln_cli_export_compendium },
  { "search", N_("FILE QUERY"), N_("Search the recommendations, resolutions and decisions of every meeting: one line per entry found"), pln_cli_search },
  { "export-statements", N_("FILE MEETING OUT-FOLDER"), N_("Write a meeting’s written statements that may be posted, with an index page, into a folder for its web page"), pln_cli_export_statements },
  { "publish", N_("FILE OUT-DIR [--publisher NAME] [--sources]"), N_("Write the public edition of a workspace for delegations (no personal data) and its shared documents into a folder"), pln_cli_publish },
  { "sample-workspace", N_("--years N OUT"), N_("Write a synthetic workspace of N years (five working groups, 300 registrations a meeting) for trying Plenary at scale"), pln_cli_sample_workspace },
  { NULL }
};

/**
 * pln_cli_find_meeting:
 * @spec: a meeting's id, or a working group's short name or series end
 *   and a year: "SOM/2022", "WG.7/2022"
 *
 * Returns: (transfer none) (nullable): the meeting, or %NULL with @error
 *   (%G_OPTION_ERROR_BAD_VALUE when the year is no number: see
 *   pln_cli_fail())
 */
PlnMeeting *
pln_cli_find_meeting (PlnWorkspace  *workspace,
                      const char    *spec,
                      GError       **error)
{
  GListModel *meetings = pln_workspace_get_meetings (workspace);
  g_auto(GStrv) parts = g_strsplit (spec, "/", 2);
  PlnMeeting *found = pln_workspace_find_meeting (workspace, spec);
  guint year = 0;

  if (found == NULL && parts[1] != NULL &&
      /* Translators: the year in a MEETING argument such as SOM/2022, in
       * capitals as the usage names its arguments (DAY, MEETING) */
      !pln_cli_parse_number (_("YEAR"), parts[1], 1, 9999, &year, error))
    return NULL;

  for (guint i = 0; found == NULL && parts[1] != NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);
      PlnWorkingGroup *group = pln_meeting_get_working_group (meeting);
      const GDate *first = pln_meeting_get_first_day (meeting);
      const char *series;

      if (group == NULL || first == NULL || g_date_get_year (first) != year)
        continue;

      series = pln_working_group_get_symbol_series (group);
      if (g_strcmp0 (pln_working_group_get_short_name (group), parts[0]) == 0 ||
          (series != NULL && g_str_has_suffix (series, parts[0])))
        found = meeting;
    }

  if (found == NULL)
    /* Translators: %s is what was given to name a meeting */
    g_set_error (error, PLN_ERROR, PLN_ERROR_NOT_FOUND,
                 _("No meeting “%s”: give its id, or a working group and a year such as SOM/2022 or WG.7/2022"), spec);

  return found;
}

/**
 * pln_cli_find_working_group:
 * @spec: a working group's short name ("SOM") or the end of its symbol series ("WG.7")
 *
 * Returns: (transfer none) (nullable): the working group
 */
PlnWorkingGroup *
pln_cli_find_working_group (PlnWorkspace  *workspace,
                            const char    *spec,
                            GError       **error)
{
  GListModel *groups = pln_workspace_get_working_groups (workspace);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (groups, i);
      const char *series = pln_working_group_get_symbol_series (group);

      if (g_strcmp0 (pln_working_group_get_short_name (group), spec) == 0 ||
          (series != NULL && g_str_has_suffix (series, spec)))
        return group;
    }

  /* Translators: %s is what was given after --group */
  g_set_error (error, PLN_ERROR, PLN_ERROR_NOT_FOUND, _("No working group “%s”: give its short name, such as SOM"), spec);
  return NULL;
}

/* A command's line of the usage, from the table above. */
int
pln_cli_usage (const char *command)
{
  for (guint i = 0; commands[i].name != NULL; i++)
    {
      if (g_str_equal (command, commands[i].name))
        g_printerr ("%s plenary-cli %s %s\n", _("Usage:"), command, _(commands[i].arguments));
    }

  return 2;
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
  pln_i18n_init ();

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
  pln_cli_print (stderr, _("plenary-cli: unknown command “%s”; see plenary-cli --help\n"), argv[1]);
  return 2;
}
