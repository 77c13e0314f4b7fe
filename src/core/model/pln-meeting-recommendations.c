/* pln-meeting-recommendations.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-meeting"

#include "config.h"

#include "pln-model-private.h"
#include "pln-agenda-item.h"
#include "pln-sitting.h"
#include "pln-recommendation.h"
#include "pln-export-record.h"
#include "pln-meeting-recommendations.h"
#include "pln-meeting-private.h"

/* The recommendations of a meeting and the sharing of each day's
 * non-paper: which are in it, when it was exported and shared, and
 * whether a recommendation changed since. The document itself is made in
 * documents/pln-non-paper.c. */

/**
 * pln_meeting_get_recommendations:
 *
 * Returns: (transfer none): the recommendations of all days, a list of #PlnRecommendation
 */
GListModel *
pln_meeting_get_recommendations (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->recommendations);
}

void
pln_meeting_append_recommendation (PlnMeeting *self,
                                   PlnRecommendation *recommendation)
{
  g_return_if_fail (PLN_IS_MEETING (self));

  pln_meeting_insert_recommendation (self, G_MAXUINT, recommendation);
}

void
pln_meeting_insert_recommendation (PlnMeeting *self,
                                   guint              position,
                                   PlnRecommendation *recommendation)
{
  g_return_if_fail (PLN_IS_MEETING (self));

  pln_object_list_insert (self->recommendations, position, recommendation);
}

/**
 * pln_meeting_remove_recommendation:
 *
 * Returns: the position @recommendation had, for undo, or -1 if it was not there
 */
int
pln_meeting_remove_recommendation (PlnMeeting *self,
                                   PlnRecommendation *recommendation)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), -1);

  return pln_object_list_remove (self->recommendations, recommendation);
}

gboolean
pln_meeting_move_recommendation (PlnMeeting *self,
                                 PlnRecommendation *recommendation,
                                 guint              position)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), FALSE);

  return pln_object_list_move (self->recommendations, recommendation, position);
}

/**
 * pln_meeting_count_recommendations_on:
 *
 * Returns: how many recommendations were made on @day, not counting those
 *   withdrawn or merged into another
 */
guint
pln_meeting_count_recommendations_on (PlnMeeting  *self,
                                      const GDate *day)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), 0);

  return day != NULL ? pln_non_paper_count (self, day) : 0;
}

/**
 * pln_meeting_get_exports:
 *
 * Returns: (transfer none): the record of the non-papers exported, a list
 *   of #PlnExportRecord, oldest first
 */
GListModel *
pln_meeting_get_exports (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->exports);
}

void
pln_meeting_append_export (PlnMeeting      *self,
                           PlnExportRecord *record)
{
  g_return_if_fail (PLN_IS_MEETING (self));

  pln_object_list_insert (self->exports, G_MAXUINT, record);
}

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

/**
 * pln_recommendation_is_on_day:
 * @day: (nullable): a day, or %NULL for any
 *
 * Returns: whether the recommendation was made on @day
 */
gboolean
pln_recommendation_is_on_day (PlnRecommendation *recommendation,
                              const GDate       *day)
{
  const GDate *made = pln_recommendation_get_day (recommendation);

  return day == NULL || (made != NULL && g_date_compare (made, day) == 0);
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

      if (pln_recommendation_is_on_day (rec, day) && pln_recommendation_in_non_paper (rec))
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

static void
add_agreed_under (PlnMeeting    *meeting,
                  PlnAgendaItem *item,
                  GPtrArray     *agreed)
{
  GListModel *recommendations = pln_meeting_get_recommendations (meeting);

  for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
    {
      g_autoptr(PlnRecommendation) rec = g_list_model_get_item (recommendations, i);

      if (pln_recommendation_get_agenda_item (rec) == item &&
          pln_recommendation_get_status (rec) == PLN_RECOMMENDATION_STATUS_AGREED)
        g_ptr_array_add (agreed, g_object_ref (rec));
    }
}

/**
 * pln_meeting_dup_report_recommendations:
 *
 * The agreed recommendations as section I of the report numbers them: in
 * agenda order, sub-items after their item, then as listed (the order of
 * pln_report_recommendations_new()). Recommendations under no item of the
 * agenda come last.
 *
 * Returns: (transfer full) (element-type PlnRecommendation): the
 *   recommendations, number 1 first
 */
GPtrArray *
pln_meeting_dup_report_recommendations (PlnMeeting *meeting)
{
  g_autoptr(GPtrArray) items = pln_meeting_dup_agenda_items (meeting);
  GPtrArray *agreed = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (PLN_IS_MEETING (meeting), agreed);

  for (guint i = 0; i < items->len; i++)
    add_agreed_under (meeting, items->pdata[i], agreed);
  add_agreed_under (meeting, NULL, agreed);

  return agreed;
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

/* The latest export of @day's non-paper; with @shared, the latest
 * marked as shared. */
static PlnExportRecord *
find_last_export (PlnMeeting  *meeting,
                  const GDate *day,
                  gboolean     shared)
{
  GListModel *exports = pln_meeting_get_exports (meeting);

  for (guint i = g_list_model_get_n_items (exports); i > 0; i--)
    {
      g_autoptr(PlnExportRecord) record = g_list_model_get_item (exports, i - 1);
      const GDate *record_day = pln_export_record_get_day (record);

      if (record_day != NULL && g_date_compare (record_day, day) == 0 &&
          (!shared || pln_export_record_get_shared (record) != NULL))
        return record;
    }

  return NULL;
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
  return find_last_export (meeting, day, FALSE);
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
  PlnExportRecord *record = find_last_export (meeting, day, TRUE);

  return record != NULL ? pln_export_record_get_shared (record) : NULL;
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

      if (pln_recommendation_is_on_day (rec, day) && changed != NULL && g_date_time_compare (changed, shared) > 0)
        return TRUE;
    }

  return FALSE;
}

