/* pln-cli-compendium.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-core.h"
#include "pln-cli.h"

/* The compendium of recommendations, resolutions and decisions across
 * meetings: export-compendium writes the document, search prints what a
 * query finds, one line per entry. */

/* How much of an entry's text a line of search shows. */
#define SEARCH_TEXT_CHARS 60

/* The options after OUT, in any order. FALSE without @error is a usage
 * error; with it, a value given wrong. */
static gboolean
parse_filter (PlnWorkspace         *workspace,
              int                   argc,
              char                **argv,
              PlnCompendiumFilter  *filter,
              GError              **error)
{
  for (int i = 4; i + 1 < argc; i += 2)
    {
      const char *value = argv[i + 1];

      if (g_str_equal (argv[i], "--group"))
        filter->working_group = pln_cli_find_working_group (workspace, value, error);
      else if (g_str_equal (argv[i], "--theme"))
        {
          filter->theme = pln_workspace_find_theme_titled (workspace, value);
          if (filter->theme == NULL)
            g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         /* Translators: %s is the theme given after --theme */
                         _("No theme “%s” in the thematic index: give its title, or its path such as "
                           "“International cooperation/Extradition”"), value);
        }
      /* Translators: the value of --from and --to as the usage names it */
      else if (g_str_equal (argv[i], "--from"))
        pln_cli_parse_number (_("YEAR"), value, 1, 9999, &filter->from_year, error);
      else if (g_str_equal (argv[i], "--to"))
        pln_cli_parse_number (_("YEAR"), value, 1, 9999, &filter->to_year, error);
      else
        return FALSE;

      if (error != NULL && *error != NULL)
        return FALSE;
    }

  return TRUE;
}

/* plenary-cli export-compendium FILE FORMAT OUT [--group SHORT-NAME]
 * [--theme THEME] [--from YEAR] [--to YEAR] */
int
pln_cli_export_compendium (int    argc,
                           char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnStore) store = NULL;
  g_autoptr(PlnCompendium) compendium = NULL;
  g_autoptr(PlnDocument) document = NULL;
  PlnCompendiumFilter filter = { NULL, NULL, 0, 0, 0, FALSE };
  PlnDocumentFormat format;
  PlnWorkspace *workspace;

  if (argc < 4 || argc % 2 != 0)
    return pln_cli_usage (argv[0]);

  if (!pln_document_format_from_string (argv[2], &format))
    {
      /* Translators: %s is the format given; the names after it are not translated */
      pln_cli_print (stderr, _("plenary-cli export-compendium: unknown format “%s”; use pdf, docx, odt or txt\n"), argv[2]);
      return 2;
    }

  store = pln_cli_load (argv[1], &error);
  if (store == NULL)
    return pln_cli_fail ("export-compendium", error);

  workspace = pln_store_get_workspace (store);
  if (!parse_filter (workspace, argc, argv, &filter, &error))
    return error ? pln_cli_fail ("export-compendium", error) : pln_cli_usage (argv[0]);

  compendium = pln_compendium_new (workspace);
  document = pln_compendium_document_new (compendium, &filter, NULL);
  return pln_cli_export_document ("export-compendium", document, format, argv[3]);
}

/* One line of search: working group, meeting, date, item, status, and
 * the beginning of the text. */
static void
print_hit (PlnCompendiumEntry *entry)
{
  PlnWorkingGroup *group = pln_compendium_entry_get_working_group (entry);
  PlnMeeting *meeting = pln_compendium_entry_get_meeting (entry);
  PlnRecommendation *rec = pln_compendium_entry_get_recommendation (entry);
  PlnAgendaItem *item = rec ? pln_recommendation_get_agenda_item (rec) : NULL;
  const GDate *date = pln_compendium_entry_get_date (entry);
  g_autofree char *day = date ? pln_date_to_iso (date) : g_strdup ("-");
  g_autofree char *where = NULL;
  g_autofree char *item_label = item ? pln_agenda_item_dup_label (item) : g_strdup ("-");
  const char *text = pln_compendium_entry_get_text (entry);
  g_autofree char *start = g_utf8_substring (text, 0, SEARCH_TEXT_CHARS);
  const char *status;

  if (meeting != NULL)
    where = pln_meeting_dup_title_en (meeting);
  else
    where = g_strdup (pln_resolution_get_symbol (pln_compendium_entry_get_resolution (entry)) ?: "-");
  status = rec ? pln_recommendation_status_to_label (pln_recommendation_get_status (rec))
               : pln_entry_kind_to_label (pln_compendium_entry_get_kind (entry));
  g_strdelimit (start, "\t\n", ' ');

  pln_cli_print (stdout, "%s\t%s\t%s\t%s\t%s\t%s%s\n",
                 group ? pln_working_group_get_short_name (group) ?: "-" : "-",
                 where, day, item_label, status, start,
                 g_utf8_strlen (text, -1) > SEARCH_TEXT_CHARS ? "…" : "");
}

/* plenary-cli search FILE QUERY: every entry of every status, so that a
 * withdrawn recommendation is found too; its status says so. */
int
pln_cli_search (int    argc,
                char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnStore) store = NULL;
  g_autoptr(PlnCompendium) compendium = NULL;
  g_autoptr(GPtrArray) found = NULL;
  PlnCompendiumFilter filter = { NULL, NULL, 0, 0, 0, TRUE };

  if (argc != 3)
    return pln_cli_usage (argv[0]);

  store = pln_cli_load (argv[1], &error);
  if (store == NULL)
    return pln_cli_fail ("search", error);

  compendium = pln_compendium_new (pln_store_get_workspace (store));
  found = pln_compendium_search (compendium, &filter, argv[2]);
  for (guint i = 0; i < found->len; i++)
    print_hit (found->pdata[i]);

  /* Like grep: nothing found is status 1. */
  return found->len > 0 ? 0 : 1;
}
