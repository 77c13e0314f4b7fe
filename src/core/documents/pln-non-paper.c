/* pln-non-paper.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-non-paper"

#include "config.h"

#include <string.h>

#include "plenary-core.h"
#include "pln-non-paper.h"

/* The non-paper: the recommendations made on one day, prepared by the
 * Chair with the support of the secretariat, unedited and in English only,
 * shared with registered delegates by the end of that day.
 *
 * ALWAYS ENGLISH: whatever the interface language, nothing here goes
 * through gettext or the locale's date formatting; dates and ordinals come
 * from the core's English helpers. The same meeting gives the same
 * non-paper, byte for byte, in every locale. */

/**
 * pln_recommendation_in_non_paper:
 *
 * Returns: whether the recommendation is in its day's non-paper: made and
 *   not withdrawn nor merged into another
 */
gboolean
pln_recommendation_in_non_paper (PlnRecommendation *recommendation)
{
  PlnRecommendationStatus status = pln_recommendation_get_status (recommendation);

  return status != PLN_RECOMMENDATION_STATUS_WITHDRAWN && status != PLN_RECOMMENDATION_STATUS_MERGED;
}

static gboolean
on_day (PlnRecommendation *recommendation,
        const GDate       *day)
{
  const GDate *made = pln_recommendation_get_day (recommendation);

  return day == NULL || (made != NULL && g_date_compare (made, day) == 0);
}

static void
add_title_block (PlnDocument *document,
                 PlnMeeting  *meeting,
                 const char  *about)
{
  PlnWorkingGroup *group = pln_meeting_get_working_group (meeting);
  const GDate *first = pln_meeting_get_first_day (meeting);
  g_autofree char *title = pln_meeting_dup_title_en (meeting);
  g_autofree char *dates = first ? pln_date_range_format_en (first, pln_meeting_get_last_day (meeting)) : NULL;
  g_autofree char *line = NULL;

  pln_document_add_title (document, "Non-paper");
  if (group != NULL && pln_working_group_get_name (group) != NULL)
    pln_document_add_paragraph (document, pln_working_group_get_name (group), PLN_TEXT_BOLD | PLN_TEXT_CENTER);

  line = g_strdup_printf ("%s%s%s%s%s", title,
                          pln_meeting_get_city (meeting) ? ", " : "", pln_meeting_get_city (meeting) ?: "",
                          dates ? ", " : "", dates ?: "");
  pln_document_add_paragraph (document, line, PLN_TEXT_CENTER);
  pln_document_add_paragraph (document, about, PLN_TEXT_BOLD | PLN_TEXT_CENTER);
  pln_document_add_paragraph (document, "Prepared by the Chair with the support of the Secretariat. Unedited. English only.",
                              PLN_TEXT_ITALIC | PLN_TEXT_CENTER);
}

/* The recommendations under @item (an item or a sub-item), numbered on
 * from *number. */
static void
add_item_recommendations (PlnDocument   *document,
                          PlnMeeting    *meeting,
                          PlnAgendaItem *item,
                          const GDate   *day,
                          gboolean       agreed_only,
                          gboolean       with_sources,
                          guint         *number)
{
  GListModel *recommendations = pln_meeting_get_recommendations (meeting);
  gboolean heading_done = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
    {
      g_autoptr(PlnRecommendation) rec = g_list_model_get_item (recommendations, i);
      g_autofree char *label = NULL;
      g_autofree char *text = NULL;

      if (pln_recommendation_get_agenda_item (rec) != item || !on_day (rec, day) ||
          !pln_recommendation_in_non_paper (rec) ||
          (agreed_only && pln_recommendation_get_status (rec) != PLN_RECOMMENDATION_STATUS_AGREED))
        continue;

      if (!heading_done)
        {
          g_autofree char *item_label = pln_agenda_item_dup_label (item);
          g_autofree char *heading = g_strdup_printf ("Agenda item %s. %s", item_label,
                                                      pln_agenda_item_get_title (item) ?: "");

          pln_document_add_heading (document, 2, heading);
          heading_done = TRUE;
        }

      label = g_strdup_printf ("%u.", ++*number);
      if (with_sources && pln_recommendation_get_source (rec) != NULL)
        text = g_strdup_printf ("%s (%s)", pln_recommendation_get_text (rec) ?: "", pln_recommendation_get_source (rec));
      else
        text = g_strdup (pln_recommendation_get_text (rec) ?: "");
      pln_document_add_item (document, 0, label, text);
    }
}

static guint
add_recommendations (PlnDocument *document,
                     PlnMeeting  *meeting,
                     const GDate *day,
                     gboolean     agreed_only,
                     gboolean     with_sources)
{
  GListModel *agenda = pln_meeting_get_agenda (meeting);
  guint number = 0;

  /* In agenda order, sub-items after their item. */
  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (agenda, i);
      GListModel *subs = pln_agenda_item_get_sub_items (item);

      add_item_recommendations (document, meeting, item, day, agreed_only, with_sources, &number);
      for (guint s = 0; s < g_list_model_get_n_items (subs); s++)
        {
          g_autoptr(PlnAgendaItem) sub = g_list_model_get_item (subs, s);

          add_item_recommendations (document, meeting, sub, day, agreed_only, with_sources, &number);
        }
    }

  return number;
}

/**
 * pln_non_paper_new:
 * @day: the day whose recommendations it gathers
 * @with_sources: whether each recommendation shows who made it
 *
 * Returns: (transfer full): the day's non-paper
 */
PlnDocument *
pln_non_paper_new (PlnMeeting  *meeting,
                   const GDate *day,
                   gboolean     with_sources)
{
  g_autofree char *date = NULL;
  g_autofree char *about = NULL;
  PlnDocument *document;
  int index;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  index = pln_meeting_get_day_index (meeting, day);
  date = pln_date_format_en (day, TRUE);
  if (index >= 0)
    about = g_strdup_printf ("Recommendations stemming from the meeting of Day %d (%s)", index + 1, date);
  else
    about = g_strdup_printf ("Recommendations stemming from the meeting of %s", date);

  document = pln_document_new ("Non-paper");
  add_title_block (document, meeting, about);
  if (add_recommendations (document, meeting, day, FALSE, with_sources) == 0)
    pln_document_add_paragraph (document, "No recommendations were made on this day.", PLN_TEXT_PLAIN);

  return document;
}

/**
 * pln_report_recommendations_new:
 *
 * Returns: (transfer full): the recommendations agreed on every day, for
 *   the report
 */
PlnDocument *
pln_report_recommendations_new (PlnMeeting *meeting,
                                gboolean    with_sources)
{
  PlnDocument *document;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);

  document = pln_document_new ("Recommendations");
  add_title_block (document, meeting, "Recommendations agreed for the report");
  if (add_recommendations (document, meeting, NULL, TRUE, with_sources) == 0)
    pln_document_add_paragraph (document, "No recommendations have been agreed yet.", PLN_TEXT_PLAIN);

  return document;
}

/**
 * pln_non_paper_count:
 *
 * Returns: how many recommendations the day's non-paper has
 */
guint
pln_non_paper_count (PlnMeeting  *meeting,
                     const GDate *day)
{
  GListModel *recommendations = pln_meeting_get_recommendations (meeting);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
    {
      g_autoptr(PlnRecommendation) rec = g_list_model_get_item (recommendations, i);

      if (on_day (rec, day) && pln_recommendation_in_non_paper (rec))
        count++;
    }

  return count;
}

/* The words of a text, casefolded, without punctuation: what two
 * recommendations are compared on. */
static GHashTable *
word_set (const char *text)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *folded = g_utf8_casefold (text ? text : "", -1);
  GString *word = g_string_new (NULL);

  for (const char *p = folded; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        g_string_append_unichar (word, c);
      else if (word->len > 0)
        {
          g_hash_table_add (words, g_strdup (word->str));
          g_string_truncate (word, 0);
        }

      if (c == 0)
        break;
    }

  g_string_free (word, TRUE);
  return words;
}

/**
 * pln_text_similarity:
 *
 * Returns: from 0 to 1, how much two texts share their words (Jaccard
 *   index of their sets of words): 1 for the same words in any order
 */
double
pln_text_similarity (const char *a,
                     const char *b)
{
  g_autoptr(GHashTable) wa = word_set (a);
  g_autoptr(GHashTable) wb = word_set (b);
  GHashTableIter iter;
  gpointer word;
  guint common = 0;
  guint all;

  g_hash_table_iter_init (&iter, wa);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    if (g_hash_table_contains (wb, word))
      common++;

  all = g_hash_table_size (wa) + g_hash_table_size (wb) - common;
  return all == 0 ? 0.0 : (double) common / all;
}

guint
pln_text_count_words (const char *text)
{
  guint count = 0;
  gboolean in_word = FALSE;

  for (const char *p = text ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean letter = !g_unichar_isspace (g_utf8_get_char (p));

      if (letter && !in_word)
        count++;
      in_word = letter;
    }

  return count;
}

/**
 * pln_meeting_find_similar_recommendation:
 * @exclude: (nullable): a recommendation not to compare with (itself)
 *
 * Returns: (transfer none) (nullable): a recommendation of the meeting
 *   whose text is near-identical to @text (similarity of 0.85 or more)
 */
PlnRecommendation *
pln_meeting_find_similar_recommendation (PlnMeeting        *meeting,
                                         const char        *text,
                                         PlnRecommendation *exclude)
{
  GListModel *recommendations = pln_meeting_get_recommendations (meeting);

  if (pln_text_count_words (text) < 3)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
    {
      g_autoptr(PlnRecommendation) rec = g_list_model_get_item (recommendations, i);

      if (rec != exclude && pln_recommendation_get_status (rec) != PLN_RECOMMENDATION_STATUS_MERGED &&
          pln_text_similarity (text, pln_recommendation_get_text (rec)) >= 0.85)
        return rec;
    }

  return NULL;
}

/**
 * pln_meeting_record_export:
 *
 * Records an export of @day's non-paper.
 *
 * Returns: (transfer none): the record
 */
PlnExportRecord *
pln_meeting_record_export (PlnMeeting  *meeting,
                           const GDate *day,
                           const char  *format,
                           const char  *file)
{
  g_autoptr(PlnExportRecord) record = pln_export_record_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  pln_export_record_set_day (record, day);
  pln_export_record_set_created (record, now);
  pln_export_record_set_count (record, pln_non_paper_count (meeting, day));
  pln_export_record_set_format (record, format);
  pln_export_record_set_file (record, file);
  pln_meeting_append_export (meeting, record);
  return record;
}

/**
 * pln_meeting_get_last_export:
 *
 * Returns: (transfer none) (nullable): the latest export of @day's non-paper
 */
PlnExportRecord *
pln_meeting_get_last_export (PlnMeeting  *meeting,
                             const GDate *day)
{
  GListModel *exports = pln_meeting_get_exports (meeting);

  for (guint i = g_list_model_get_n_items (exports); i > 0; i--)
    {
      g_autoptr(PlnExportRecord) record = g_list_model_get_item (exports, i - 1);
      const GDate *record_day = pln_export_record_get_day (record);

      if (record_day != NULL && g_date_compare (record_day, day) == 0)
        return record;
    }

  return NULL;
}

/**
 * pln_meeting_mark_shared:
 *
 * Stamps the day's non-paper as shared with delegates now (recording an
 * export if there was none).
 */
void
pln_meeting_mark_shared (PlnMeeting  *meeting,
                         const GDate *day)
{
  PlnExportRecord *record = pln_meeting_get_last_export (meeting, day);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (record == NULL)
    record = pln_meeting_record_export (meeting, day, NULL, NULL);

  pln_export_record_set_shared (record, now);
}

/**
 * pln_meeting_get_shared_time:
 *
 * Returns: (transfer none) (nullable): when the day's non-paper was last
 *   marked as shared
 */
GDateTime *
pln_meeting_get_shared_time (PlnMeeting  *meeting,
                             const GDate *day)
{
  GListModel *exports = pln_meeting_get_exports (meeting);

  for (guint i = g_list_model_get_n_items (exports); i > 0; i--)
    {
      g_autoptr(PlnExportRecord) record = g_list_model_get_item (exports, i - 1);
      const GDate *record_day = pln_export_record_get_day (record);

      if (record_day != NULL && g_date_compare (record_day, day) == 0 && pln_export_record_get_shared (record))
        return pln_export_record_get_shared (record);
    }

  return NULL;
}

/**
 * pln_meeting_changed_since_shared:
 *
 * Returns: whether a recommendation of @day changed after its non-paper
 *   was shared, so the delegates have an outdated one
 */
gboolean
pln_meeting_changed_since_shared (PlnMeeting  *meeting,
                                  const GDate *day)
{
  GDateTime *shared = pln_meeting_get_shared_time (meeting, day);
  GListModel *recommendations = pln_meeting_get_recommendations (meeting);

  if (shared == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
    {
      g_autoptr(PlnRecommendation) rec = g_list_model_get_item (recommendations, i);
      GDateTime *changed = pln_recommendation_get_changed (rec);

      if (on_day (rec, day) && changed != NULL && g_date_time_compare (changed, shared) > 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * pln_meeting_dup_day_end:
 *
 * Returns: (transfer full) (nullable): when the last plenary meeting of
 *   @day ends, in the venue's time zone: the non-paper's deadline
 */
GDateTime *
pln_meeting_dup_day_end (PlnMeeting  *meeting,
                         const GDate *day)
{
  g_autoptr(GTimeZone) tz = pln_meeting_dup_time_zone (meeting);
  GListModel *sittings = pln_meeting_get_sittings (meeting);
  GDateTime *end = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (sittings); i++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, i);
      const GDate *date = pln_sitting_get_date (sitting);
      g_autoptr(GDateTime) sitting_end = NULL;

      if (date == NULL || g_date_compare (date, day) != 0)
        continue;

      sitting_end = pln_sitting_dup_end_date_time (sitting, tz);
      if (end == NULL || g_date_time_compare (sitting_end, end) > 0)
        {
          g_clear_pointer (&end, g_date_time_unref);
          end = g_steal_pointer (&sitting_end);
        }
    }

  return end;
}
