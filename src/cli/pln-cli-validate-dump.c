/* pln-cli-validate-dump.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-core.h"
#include "pln-cli.h"

/* plenary-cli validate FILE: the file's problems, one a line; exit 1 when
 * there are any or the file cannot be read. */
int
pln_cli_validate (int    argc,
                  char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  if (argc != 2)
    return pln_cli_usage (argv[0]);

  store = pln_cli_load (argv[1], &error);
  if (store == NULL)
    {
      pln_cli_print_error ("validate", error);
      return 1;
    }

  /* A public edition with personal data in it was refused by the loader. */
  if (pln_workspace_is_read_only (pln_store_get_workspace (store)))
    {
      GDateTime *published = pln_workspace_get_published (pln_store_get_workspace (store));
      g_autofree char *when = published != NULL ? g_date_time_format_iso8601 (published) : NULL;

      /* Translators: who published the file, then when */
      pln_cli_print (stdout, _("Public edition published by %s on %s; it holds no personal data\n"),
                     pln_workspace_get_publisher (pln_store_get_workspace (store)) ?: "?", when ?: "?");
    }

  problems = pln_workspace_validate (pln_store_get_workspace (store));
  for (guint i = 0; i < problems->len; i++)
    {
      PlnProblem *problem = g_ptr_array_index (problems, i);

      pln_cli_print (stdout, "%s: %s\n", problem->path, problem->message);
    }

  if (problems->len > 0)
    {
      pln_cli_print (stderr, g_dngettext (GETTEXT_PACKAGE, "%u problem found\n", "%u problems found\n", problems->len),
                     problems->len);
      return 1;
    }

  g_print (_("No problems found\n"));
  return 0;
}

static guint
count_items (GListModel *agenda)
{
  guint n = g_list_model_get_n_items (agenda);
  guint total = n;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (agenda, i);

      total += g_list_model_get_n_items (pln_agenda_item_get_sub_items (item));
    }

  return total;
}

/* plenary-cli dump FILE: a summary of the working groups and meetings. */
int
pln_cli_dump (int    argc,
              char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnStore) store = NULL;
  PlnWorkspace *workspace;
  GListModel *groups;

  if (argc != 2)
    return pln_cli_usage (argv[0]);

  store = pln_cli_load (argv[1], &error);
  if (store == NULL)
    {
      pln_cli_print_error ("dump", error);
      return 1;
    }

  workspace = pln_store_get_workspace (store);
  groups = pln_workspace_get_working_groups (workspace);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (groups, i);
      g_autoptr(GListStore) meetings = pln_workspace_dup_meetings_of (workspace, group);

      pln_cli_print (stdout, "%s (%s, %s)\n", pln_working_group_get_name (group),
                     pln_working_group_get_short_name (group) ?: "",
                     pln_working_group_get_symbol_series (group) ?: "");

      for (guint m = 0; m < g_list_model_get_n_items (G_LIST_MODEL (meetings)); m++)
        {
          g_autoptr(PlnMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (meetings), m);
          g_autofree char *title = pln_meeting_dup_title_en (meeting);
          g_autofree char *dates = NULL;
          guint n_items = count_items (pln_meeting_get_agenda (meeting));
          guint n_sittings = g_list_model_get_n_items (pln_meeting_get_sittings (meeting));
          guint n_regs = g_list_model_get_n_items (pln_meeting_get_registrations (meeting));
          guint n_recs = g_list_model_get_n_items (pln_meeting_get_recommendations (meeting));

          if (pln_meeting_get_first_day (meeting) != NULL)
            dates = pln_date_range_format_en (pln_meeting_get_first_day (meeting),
                                              pln_meeting_get_last_day (meeting));

          /* Translators: a line of `plenary-cli dump`: meeting title, city, dates, then counts */
          pln_cli_print (stdout, _("  %s, %s, %s — plenary meetings: %u, agenda items: %u, registrations: %u, recommendations: %u\n"),
                         title, pln_meeting_get_city (meeting) ?: "", dates ?: "",
                         n_sittings, n_items, n_regs, n_recs);
        }
    }

  return 0;
}
