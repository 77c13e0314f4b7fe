/* pln-report.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-core.h"
#include "pln-report.h"

/* What the report of a meeting derives from the rest of the workspace,
 * for its document (pln-report-document.c) and for the Report page,
 * which shows the same facts and where they come from: who made
 * statements (the lists of speakers, matched to the registrations), who
 * attended (the confirmed registrations), the documents before the
 * meeting (the agenda), and what keeps the report from being complete. */

/* ------------------------------------------------------------ speakers */

static void
report_speaker_free (gpointer data)
{
  PlnReportSpeaker *speaker = data;

  g_free (speaker->delegation);
  g_free (speaker);
}

static int
compare_speakers (gconstpointer a,
                  gconstpointer b)
{
  const PlnReportSpeaker *sa = *(PlnReportSpeaker **) a;
  const PlnReportSpeaker *sb = *(PlnReportSpeaker **) b;

  if (sa->category != sb->category)
    return (int) sa->category - (int) sb->category;

  return pln_english_compare (sa->delegation, sb->delegation);
}

/* The registrations of @meeting by id and by folded delegation; a
 * confirmed registration wins a delegation over one that is not. */
typedef struct
{
  GHashTable *by_id;
  GHashTable *by_delegation;
} Registry;

static void
registry_init (Registry   *registry,
               PlnMeeting *meeting)
{
  GListModel *registrations = pln_meeting_get_registrations (meeting);

  registry->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  registry->by_delegation = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (registrations); i++)
    {
      g_autoptr(PlnRegistration) reg = g_list_model_get_item (registrations, i);
      const char *delegation = pln_registration_get_delegation (reg);
      PlnRegistration *known;
      char *key;

      g_hash_table_insert (registry->by_id, (char *) pln_registration_get_id (reg), reg);
      if (delegation == NULL || *delegation == '\0')
        continue;

      key = pln_search_fold (delegation);
      known = g_hash_table_lookup (registry->by_delegation, key);
      if (known == NULL || (pln_registration_get_status (known) != PLN_REGISTRATION_STATUS_CONFIRMED &&
                            pln_registration_get_status (reg) == PLN_REGISTRATION_STATUS_CONFIRMED))
        g_hash_table_replace (registry->by_delegation, key, reg);
      else
        g_free (key);
    }
}

static void
registry_clear (Registry *registry)
{
  g_clear_pointer (&registry->by_id, g_hash_table_unref);
  g_clear_pointer (&registry->by_delegation, g_hash_table_unref);
}

/* The registration a speaker stands for: the one inscribed from, else
 * the one of the delegation typed. */
static PlnRegistration *
registry_match (Registry   *registry,
                PlnSpeaker *speaker)
{
  const char *id = pln_speaker_get_registration (speaker);
  const char *typed = pln_speaker_get_delegation (speaker);
  PlnRegistration *reg = id != NULL ? g_hash_table_lookup (registry->by_id, id) : NULL;
  g_autofree char *key = NULL;

  if (reg != NULL || typed == NULL)
    return reg;

  key = pln_search_fold (typed);
  return g_hash_table_lookup (registry->by_delegation, key);
}

static PlnReportSpeaker *
report_speaker_new (Registry   *registry,
                    PlnSpeaker *speaker)
{
  PlnRegistration *reg = registry_match (registry, speaker);
  PlnReportSpeaker *entry = g_new0 (PlnReportSpeaker, 1);
  const char *typed = pln_speaker_get_delegation (speaker);

  if (reg != NULL)
    {
      const char *delegation = pln_registration_get_delegation (reg);

      entry->registered = TRUE;
      entry->category = pln_registration_get_category (reg);
      entry->delegation = g_strdup (delegation != NULL && *delegation != '\0' ? delegation
                                                                              : pln_registration_get_name (reg));
    }
  else
    {
      /* Unregistered: the Report page lists it as a problem. */
      entry->category = pln_speaker_get_panellist_minutes (speaker) > 0 ? PLN_REGISTRATION_CATEGORY_PANELLIST
                                                                        : PLN_REGISTRATION_CATEGORY_STATE_PARTY;
      entry->delegation = g_strdup (typed);
    }

  if (entry->delegation == NULL || *entry->delegation == '\0')
    g_clear_pointer (&entry, report_speaker_free);

  return entry;
}

/**
 * pln_report_dup_speakers:
 * @item: (nullable): an agenda item or sub-item; %NULL for every item
 *
 * The delegations that made statements on @item: those given the floor
 * on a list of speakers (their statement started), each once, by
 * category, in English alphabetical order.
 *
 * Returns: (transfer container) (element-type PlnReportSpeaker): the delegations
 */
GPtrArray *
pln_report_dup_speakers (PlnMeeting    *meeting,
                         PlnAgendaItem *item)
{
  GListModel *sittings;
  g_autoptr(GHashTable) seen = NULL;
  GPtrArray *speakers;
  Registry registry;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);

  speakers = g_ptr_array_new_with_free_func (report_speaker_free);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  registry_init (&registry, meeting);
  sittings = pln_meeting_get_sittings (meeting);

  for (guint s = 0; s < g_list_model_get_n_items (sittings); s++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, s);
      GListModel *list = pln_sitting_get_speakers (sitting);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(PlnSpeaker) speaker = g_list_model_get_item (list, i);
          PlnReportSpeaker *entry;
          g_autofree char *folded = NULL;
          char *key;

          if ((item != NULL && pln_speaker_get_agenda_item (speaker) != item) || !pln_speaker_has_started (speaker))
            continue;

          if ((entry = report_speaker_new (&registry, speaker)) == NULL)
            continue;

          /* "Narnia" and "NARNIA" typed without a registration are one
           * delegation, as in the attendance. */
          folded = pln_search_fold (entry->delegation);
          key = g_strdup_printf ("%d %s", entry->category, folded);
          if (g_hash_table_add (seen, key))
            g_ptr_array_add (speakers, entry);
          else
            report_speaker_free (entry);
        }
    }

  registry_clear (&registry);
  g_ptr_array_sort (speakers, compare_speakers);
  return speakers;
}

/* ------------------------------------------------------------ recommendations */

/**
 * pln_report_dup_agreed:
 * @item: (nullable): an agenda item or sub-item; %NULL for those agreed
 *   without an item
 *
 * Returns: (transfer container) (element-type PlnRecommendation): the
 *   recommendations agreed under @item, in the order they were made; the
 *   withdrawn and merged are never among them
 */
GPtrArray *
pln_report_dup_agreed (PlnMeeting    *meeting,
                       PlnAgendaItem *item)
{
  GListModel *recommendations;
  GPtrArray *agreed;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);

  recommendations = pln_meeting_get_recommendations (meeting);
  agreed = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
    {
      PlnRecommendation *rec = g_list_model_get_item (recommendations, i);

      if (pln_recommendation_get_status (rec) == PLN_RECOMMENDATION_STATUS_AGREED &&
          pln_recommendation_get_agenda_item (rec) == item)
        g_ptr_array_add (agreed, rec);
      else
        g_object_unref (rec);
    }

  return agreed;
}

/* ------------------------------------------------------------ attendance */

static int
compare_english (gconstpointer a,
                 gconstpointer b)
{
  return pln_english_compare (*(const char **) a, *(const char **) b);
}

/**
 * pln_report_attendance_new:
 *
 * Returns: (transfer full): who attended @meeting, from its confirmed
 *   registrations; a cancelled or requested registration is not counted
 */
PlnReportAttendance *
pln_report_attendance_new (PlnMeeting *meeting)
{
  GListModel *registrations;
  g_autoptr(GHashTable) seen = NULL;
  PlnReportAttendance *attendance;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);

  attendance = g_new0 (PlnReportAttendance, 1);
  for (guint c = 0; c < PLN_REPORT_N_CATEGORIES; c++)
    attendance->delegations[c] = g_ptr_array_new_with_free_func (g_free);

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  registrations = pln_meeting_get_registrations (meeting);
  for (guint i = 0; i < g_list_model_get_n_items (registrations); i++)
    {
      g_autoptr(PlnRegistration) reg = g_list_model_get_item (registrations, i);
      PlnRegistrationCategory category = pln_registration_get_category (reg);
      const char *delegation = pln_registration_get_delegation (reg);
      g_autofree char *folded = NULL;

      if (pln_registration_get_status (reg) != PLN_REGISTRATION_STATUS_CONFIRMED)
        continue;

      if (pln_registration_get_mode (reg) == PLN_PARTICIPATION_MODE_ONLINE)
        attendance->n_online++;
      else
        attendance->n_in_person++;

      if (delegation == NULL || *delegation == '\0' || category >= PLN_REPORT_N_CATEGORIES)
        continue;

      /* "Egypt" and "EGYPT" are one delegation. */
      folded = pln_search_fold (delegation);
      if (g_hash_table_add (seen, g_strdup_printf ("%d %s", category, folded)))
        g_ptr_array_add (attendance->delegations[category], g_strdup (delegation));
    }

  for (guint c = 0; c < PLN_REPORT_N_CATEGORIES; c++)
    g_ptr_array_sort (attendance->delegations[c], compare_english);

  return attendance;
}

void
pln_report_attendance_free (PlnReportAttendance *attendance)
{
  if (attendance == NULL)
    return;

  for (guint c = 0; c < PLN_REPORT_N_CATEGORIES; c++)
    g_clear_pointer (&attendance->delegations[c], g_ptr_array_unref);
  g_free (attendance);
}

/* ------------------------------------------------------------ documents */

/**
 * pln_report_dup_documents:
 *
 * Returns: (transfer container) (element-type PlnDocumentRef): the
 *   documents of the agenda's items and sub-items, in agenda order, a
 *   document listed under several items once
 */
GPtrArray *
pln_report_dup_documents (PlnMeeting *meeting)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) seen = NULL;
  GPtrArray *documents;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);

  items = pln_meeting_dup_agenda_items (meeting);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  documents = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < items->len; i++)
    {
      GListModel *refs = pln_agenda_item_get_documents (items->pdata[i]);

      for (guint d = 0; d < g_list_model_get_n_items (refs); d++)
        {
          PlnDocumentRef *ref = g_list_model_get_item (refs, d);
          const char *symbol = pln_document_ref_get_symbol (ref);

          if (symbol == NULL || *symbol == '\0' || g_hash_table_add (seen, (char *) symbol))
            g_ptr_array_add (documents, ref);
          else
            g_object_unref (ref);
        }
    }

  return documents;
}

/* ------------------------------------------------------------ problems */

static void
report_problem_free (gpointer data)
{
  PlnReportProblem *problem = data;

  g_free (problem->subject);
  g_free (problem->id);
  g_free (problem);
}

static void
add_problem (GPtrArray            *problems,
             PlnReportProblemKind  kind,
             const char           *subject,
             const char           *id)
{
  PlnReportProblem *problem = g_new0 (PlnReportProblem, 1);

  problem->kind = kind;
  problem->subject = g_strdup (subject);
  problem->id = g_strdup (id);
  g_ptr_array_add (problems, problem);
}

/**
 * pln_report_dup_problems:
 *
 * What keeps the report from being complete: no report symbol, an agreed
 * recommendation without an agenda item (the report cannot place it, so
 * it leaves it out), a State that made statements without a registration
 * (the report cannot tell its category, so it counts it a State party).
 *
 * Returns: (transfer container) (element-type PlnReportProblem): the problems
 */
GPtrArray *
pln_report_dup_problems (PlnMeeting *meeting)
{
  const char *symbol;
  g_autoptr(GPtrArray) homeless = NULL;
  g_autoptr(GPtrArray) speakers = NULL;
  GPtrArray *problems;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);

  problems = g_ptr_array_new_with_free_func (report_problem_free);
  symbol = pln_meeting_get_report_symbol (meeting);
  if (symbol == NULL || *symbol == '\0')
    add_problem (problems, PLN_REPORT_PROBLEM_NO_SYMBOL, NULL, NULL);

  homeless = pln_report_dup_agreed (meeting, NULL);
  for (guint i = 0; i < homeless->len; i++)
    add_problem (problems, PLN_REPORT_PROBLEM_NO_ITEM, pln_recommendation_get_text (homeless->pdata[i]),
                 pln_recommendation_get_id (homeless->pdata[i]));

  speakers = pln_report_dup_speakers (meeting, NULL);
  for (guint i = 0; i < speakers->len; i++)
    {
      PlnReportSpeaker *speaker = speakers->pdata[i];

      if (!speaker->registered && speaker->category == PLN_REGISTRATION_CATEGORY_STATE_PARTY)
        add_problem (problems, PLN_REPORT_PROBLEM_NOT_REGISTERED, speaker->delegation, NULL);
    }

  return problems;
}

/**
 * pln_report_problem_dup_message:
 *
 * Returns: (transfer full): what is wrong and what to do, in the
 *   interface language (the report itself stays English)
 */
char *
pln_report_problem_dup_message (const PlnReportProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  switch (problem->kind)
    {
    case PLN_REPORT_PROBLEM_NO_SYMBOL:
      return g_strdup (_("The meeting has no report symbol: set it on the Overview page"));

    case PLN_REPORT_PROBLEM_NO_ITEM:
      /* Translators: %s is the text of an agreed recommendation */
      return g_strdup_printf (_("“%s” is agreed but has no agenda item, so the report leaves it out: choose its item on the Recommendations page"),
                              problem->subject ? problem->subject : "");

    case PLN_REPORT_PROBLEM_NOT_REGISTERED:
    default:
      /* Translators: %s is a delegation as typed on a list of speakers */
      return g_strdup_printf (_("%s made statements but has no registration, so the report counts it as a State party: register it on the Registrations page"),
                              problem->subject ? problem->subject : "");
    }
}

/* ------------------------------------------------------------ title */

/**
 * pln_report_dup_title:
 *
 * Returns: (transfer full): "Report on the meeting of the Working Group on
 *   the Smuggling of Migrants held in Vienna on 27 and 28 June 2022", as
 *   the note on the working groups' reports names them; English
 */
char *
pln_report_dup_title (PlnMeeting *meeting)
{
  PlnWorkingGroup *group;
  const char *city;
  const GDate *first;
  g_autofree char *dates = NULL;
  GString *title;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);

  group = pln_meeting_get_working_group (meeting);
  city = pln_meeting_get_city (meeting);
  first = pln_meeting_get_first_day (meeting);
  dates = first != NULL ? pln_date_range_format_en (first, pln_meeting_get_last_day (meeting)) : NULL;

  title = g_string_new ("Report on the meeting");
  if (group != NULL && pln_working_group_get_name (group) != NULL)
    g_string_append_printf (title, " of the %s", pln_working_group_get_name (group));
  if (city != NULL && *city != '\0')
    g_string_append_printf (title, " held in %s", city);
  if (dates != NULL)
    g_string_append_printf (title, "%s on %s", city != NULL && *city != '\0' ? "" : " held", dates);

  return g_string_free (title, FALSE);
}

/**
 * pln_report_get_adoption_sitting:
 *
 * Returns: (transfer none) (nullable): the last plenary meeting, at which
 *   the report is adopted
 */
PlnSitting *
pln_report_get_adoption_sitting (PlnMeeting *meeting)
{
  GListModel *sittings;
  guint n;
  g_autoptr(PlnSitting) last = NULL;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);

  sittings = pln_meeting_get_sittings (meeting);
  n = g_list_model_get_n_items (sittings);
  if (n == 0)
    return NULL;

  last = g_list_model_get_item (sittings, n - 1);
  return last;
}
