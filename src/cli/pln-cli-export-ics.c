/* pln-cli-export-ics.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-core.h"
#include "pln-cli.h"

/* plenary-cli export-ics FILE OUT.ics [--group SHORT-NAME]: the meetings
 * and their plenary meetings as iCalendar. */
int
pln_cli_export_ics (int    argc,
                    char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(PlnStore) store = NULL;
  g_autoptr(GListStore) selected = g_list_store_new (PLN_TYPE_MEETING);
  const char *group_name = NULL;
  GListModel *meetings;

  if (argc == 5 && g_str_equal (argv[3], "--group"))
    group_name = argv[4];
  else if (argc != 3)
    return pln_cli_usage (argv[0]);

  out = g_file_new_for_commandline_arg (argv[2]);
  store = pln_cli_load (argv[1], &error);
  if (store == NULL)
    {
      pln_cli_print_error ("export-ics", error);
      return 1;
    }

  meetings = pln_workspace_get_meetings (pln_store_get_workspace (store));
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);
      PlnWorkingGroup *group = pln_meeting_get_working_group (meeting);

      if (group_name == NULL ||
          (group != NULL && g_strcmp0 (pln_working_group_get_short_name (group), group_name) == 0))
        g_list_store_append (selected, meeting);
    }

  if (group_name != NULL && g_list_model_get_n_items (G_LIST_MODEL (selected)) == 0)
    {
      /* Translators: %s is what was given after --group */
      pln_cli_print (stderr, _("plenary-cli export-ics: no meeting of a working group called “%s”\n"), group_name);
      return 1;
    }

  if (!pln_ics_export (G_LIST_MODEL (selected), out, NULL, &error))
    {
      pln_cli_print_error ("export-ics", error);
      return 1;
    }

  return 0;
}
