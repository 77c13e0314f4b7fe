/* pln-validate.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-validate"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "plenary-core.h"
#include "pln-validate.h"

/* The rules of the model that the model does not enforce by itself,
 * because a person filling in a form passes through invalid states
 * (typing the last day before the first). The interface shows these
 * problems next to the fields; `plenary-cli validate` lists them. */

G_DEFINE_BOXED_TYPE (PlnProblem, pln_problem, pln_problem_copy, pln_problem_free)

PlnProblem *
pln_problem_copy (const PlnProblem *problem)
{
  PlnProblem *copy = g_new0 (PlnProblem, 1);

  copy->path = g_strdup (problem->path);
  copy->property = g_strdup (problem->property);
  copy->message = g_strdup (problem->message);
  return copy;
}

void
pln_problem_free (PlnProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->path);
  g_free (problem->property);
  g_free (problem->message);
  g_free (problem);
}

G_GNUC_PRINTF (4, 5)
static void
add_problem (GPtrArray  *problems,
             const char *path,
             const char *property,
             const char *format,
             ...)
{
  PlnProblem *problem = g_new0 (PlnProblem, 1);
  va_list args;

  va_start (args, format);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  problem->path = g_strdup (path);
  problem->property = g_strdup (property);
  g_ptr_array_add (problems, problem);
}

/**
 * pln_symbol_in_series:
 * @symbol: a document symbol, "CTOC/COP/WG.7/2022/2"
 * @series: the series of a working group, "CTOC/COP/WG.7"
 *
 * Returns: whether @symbol belongs to @series (always when either is unset)
 */
gboolean
pln_symbol_in_series (const char *symbol,
                      const char *series)
{
  gsize len;

  if (symbol == NULL || series == NULL || *series == '\0')
    return TRUE;

  len = strlen (series);
  return strncmp (symbol, series, len) == 0 && (symbol[len] == '/' || symbol[len] == '\0');
}

static void
check_symbol (GPtrArray  *problems,
              const char *path,
              const char *property,
              const char *symbol,
              const char *series)
{
  if (!pln_symbol_in_series (symbol, series))
    /* Translators: the first %s is a document symbol, the second the series of a working group */
    add_problem (problems, path, property,
                 _("The symbol %s is not in the series %s of the working group"), symbol, series);
}

static void
check_dates (PlnMeeting *meeting,
             const char *path,
             GPtrArray  *problems)
{
  const GDate *first = pln_meeting_get_first_day (meeting);
  const GDate *last = pln_meeting_get_last_day (meeting);

  if (first == NULL)
    add_problem (problems, path, "first-day", _("The meeting has no first day"));
  if (first != NULL && last != NULL && g_date_compare (last, first) < 0)
    add_problem (problems, path, "last-day", _("The last day is before the first day"));
}

/* Checks one item of a meeting's list, found at @here. */
typedef void (*CheckFunc) (PlnMeeting *meeting,
                           gpointer    item,
                           const char *here,
                           GPtrArray  *problems);

/* Runs @check on each item of @list, at "PATH.MEMBER[i]". */
static void
check_each (PlnMeeting *meeting,
            GListModel *list,
            const char *path,
            const char *member,
            CheckFunc   check,
            GPtrArray  *problems)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_autofree char *here = g_strdup_printf ("%s.%s[%u]", path, member, i);

      check (meeting, item, here, problems);
    }
}

static void
check_sitting (PlnMeeting *meeting,
               PlnSitting *sitting,
               const char *here,
               GPtrArray  *problems)
{
  const char *name = pln_sitting_get_name (sitting) ? pln_sitting_get_name (sitting) : "";
  const GDate *date = pln_sitting_get_date (sitting);
  GListModel *sittings = pln_meeting_get_sittings (meeting);

  if (date == NULL || pln_meeting_get_day_index (meeting, date) < 0)
    /* Translators: %s is the name of a plenary meeting */
    add_problem (problems, here, "date", _("%s is not on a day of the meeting"), name);

  if (pln_sitting_get_end (sitting) <= pln_sitting_get_start (sitting))
    add_problem (problems, here, "end", _("%s ends before it starts"), name);

  /* Each overlap once: with the plenary meetings before this one. */
  for (guint j = 0; date != NULL && j < g_list_model_get_n_items (sittings); j++)
    {
      g_autoptr(PlnSitting) other = g_list_model_get_item (sittings, j);
      const GDate *other_date = pln_sitting_get_date (other);

      if (other == sitting)
        break;

      if (other_date != NULL && g_date_compare (date, other_date) == 0 &&
          pln_sitting_get_start (sitting) < pln_sitting_get_end (other) &&
          pln_sitting_get_start (other) < pln_sitting_get_end (sitting))
        /* Translators: both %s are names of plenary meetings */
        add_problem (problems, here, "start", _("%s overlaps %s"), name,
                     pln_sitting_get_name (other) ? pln_sitting_get_name (other) : "");
    }
}

static void
check_item_numbers (GListModel *items,
                    const char *path,
                    const char *series,
                    GPtrArray  *problems)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (items, i);
      g_autofree char *here = g_strdup_printf ("%s[%u]", path, i);
      g_autofree char *sub_path = g_strdup_printf ("%s.sub_items", here);
      const char *number = pln_agenda_item_get_number (item);
      GListModel *documents = pln_agenda_item_get_documents (item);

      if (number == NULL)
        add_problem (problems, here, "number", _("An agenda item has no number"));
      else if (!g_hash_table_add (seen, (gpointer) number))
        /* Translators: %s is an agenda item number such as 2 or (a) */
        add_problem (problems, here, "number", _("The number %s is used by two agenda items"), number);

      for (guint d = 0; d < g_list_model_get_n_items (documents); d++)
        {
          g_autoptr(PlnDocumentRef) doc = g_list_model_get_item (documents, d);
          g_autofree char *doc_path = g_strdup_printf ("%s.documents[%u]", here, d);

          check_symbol (problems, doc_path, "symbol", pln_document_ref_get_symbol (doc), series);
        }

      check_item_numbers (pln_agenda_item_get_sub_items (item), sub_path, series, problems);
    }
}

static void
check_placement (PlnMeeting   *meeting,
                 PlnPlacement *placement,
                 const char   *here,
                 GPtrArray    *problems)
{
  PlnAgendaItem *item = pln_placement_get_agenda_item (placement);

  if (item == NULL || pln_meeting_find_agenda_item (meeting, pln_agenda_item_get_id (item)) != item)
    add_problem (problems, here, "agenda-item",
                 _("The organization of work places an item that is not on the agenda"));
}

static void
check_placements (PlnMeeting *meeting,
                  PlnSitting *sitting,
                  const char *here,
                  GPtrArray  *problems)
{
  check_each (meeting, pln_sitting_get_placements (sitting), here, "placements", (CheckFunc) check_placement, problems);
}

static void
check_registration (PlnMeeting      *meeting,
                    PlnRegistration *reg,
                    const char      *here,
                    GPtrArray       *problems)
{
  const char *email = pln_registration_get_email (reg);

  if (pln_registration_get_name (reg) == NULL)
    add_problem (problems, here, "name", _("A registration has no name"));
  if (email != NULL && !pln_email_is_valid (email))
    /* Translators: %s is what was typed as an e-mail address */
    add_problem (problems, here, "email", _("“%s” is not an e-mail address"), email);
}

/**
 * pln_meeting_validate:
 * @path: (nullable): where the meeting is, for the problems' paths
 *
 * Returns: (transfer full) (element-type PlnProblem): the problems of
 *   @meeting, empty when there are none
 */
GPtrArray *
pln_meeting_validate (PlnMeeting *meeting,
                      const char *path)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) pln_problem_free);
  PlnWorkingGroup *group;
  const char *series = NULL;
  g_autofree char *agenda_path = NULL;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), problems);

  if (path == NULL)
    path = "meeting";

  group = pln_meeting_get_working_group (meeting);
  if (group == NULL)
    add_problem (problems, path, "working-group", _("The meeting belongs to no working group"));
  else
    series = pln_working_group_get_symbol_series (group);

  check_dates (meeting, path, problems);
  check_symbol (problems, path, "agenda-symbol", pln_meeting_get_agenda_symbol (meeting), series);
  check_symbol (problems, path, "report-symbol", pln_meeting_get_report_symbol (meeting), series);
  check_each (meeting, pln_meeting_get_sittings (meeting), path, "sittings", (CheckFunc) check_sitting, problems);
  agenda_path = g_strdup_printf ("%s.agenda", path);
  check_item_numbers (pln_meeting_get_agenda (meeting), agenda_path, series, problems);
  check_each (meeting, pln_meeting_get_sittings (meeting), path, "sittings", (CheckFunc) check_placements, problems);
  check_each (meeting, pln_meeting_get_registrations (meeting), path, "registrations", (CheckFunc) check_registration, problems);

  return problems;
}

/**
 * pln_workspace_validate:
 *
 * Returns: (transfer full) (element-type PlnProblem): the problems of
 *   every meeting and working group
 */
GPtrArray *
pln_workspace_validate (PlnWorkspace *workspace)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) pln_problem_free);
  GListModel *groups;
  GListModel *meetings;

  g_return_val_if_fail (PLN_IS_WORKSPACE (workspace), problems);

  groups = pln_workspace_get_working_groups (workspace);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (groups, i);
      g_autofree char *here = g_strdup_printf ("working_groups[%u]", i);

      if (pln_working_group_get_name (group) == NULL)
        add_problem (problems, here, "name", _("A working group has no name"));
    }

  meetings = pln_workspace_get_meetings (workspace);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *here = g_strdup_printf ("meetings[%u]", i);
      g_autoptr(GPtrArray) found = pln_meeting_validate (meeting, here);

      g_ptr_array_extend_and_steal (problems, g_steal_pointer (&found));
    }

  return problems;
}
