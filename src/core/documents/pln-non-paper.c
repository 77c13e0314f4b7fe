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

/* The title, the body, the meeting, what the document gathers and, for
 * the non-paper, the note that it is unedited. */
static void
add_title_block (PlnDocument *document,
                 PlnMeeting  *meeting,
                 const char  *title_text,
                 const char  *about,
                 const char  *note)
{
  PlnWorkingGroup *group = pln_meeting_get_working_group (meeting);
  const GDate *first = pln_meeting_get_first_day (meeting);
  g_autofree char *title = pln_meeting_dup_title_en (meeting);
  g_autofree char *dates = first ? pln_date_range_format_en (first, pln_meeting_get_last_day (meeting)) : NULL;
  g_autofree char *line = NULL;

  pln_document_add_title (document, title_text);
  if (group != NULL && pln_working_group_get_name (group) != NULL)
    pln_document_add_paragraph (document, pln_working_group_get_name (group), PLN_TEXT_BOLD | PLN_TEXT_CENTER);

  line = g_strdup_printf ("%s%s%s%s%s", title,
                          pln_meeting_get_city (meeting) ? ", " : "", pln_meeting_get_city (meeting) ?: "",
                          dates ? ", " : "", dates ?: "");
  pln_document_add_paragraph (document, line, PLN_TEXT_CENTER);
  pln_document_add_paragraph (document, about, PLN_TEXT_BOLD | PLN_TEXT_CENTER);
  if (note != NULL)
    pln_document_add_paragraph (document, note, PLN_TEXT_ITALIC | PLN_TEXT_CENTER);
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

      if (pln_recommendation_get_agenda_item (rec) != item || !pln_recommendation_is_on_day (rec, day) ||
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
  add_title_block (document, meeting, "Non-paper", about,
                   "Prepared by the Chair with the support of the Secretariat. Unedited. English only.");
  if (add_recommendations (document, meeting, day, FALSE, with_sources) == 0)
    pln_document_add_paragraph (document, "No recommendations were made on this day.", PLN_TEXT_PLAIN);

  return document;
}

/**
 * pln_report_recommendations_new:
 *
 * Returns: (transfer full): the recommendations agreed on every day, for
 *   the report: titled as what they are, not as a non-paper (the report
 *   itself is pln_report_document_new())
 */
PlnDocument *
pln_report_recommendations_new (PlnMeeting *meeting,
                                gboolean    with_sources)
{
  PlnDocument *document;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);

  document = pln_document_new ("Agreed recommendations");
  add_title_block (document, meeting, "Agreed recommendations",
                   "Recommendations agreed by the Working Group for inclusion in the report on its meeting", NULL);
  if (add_recommendations (document, meeting, NULL, TRUE, with_sources) == 0)
    pln_document_add_paragraph (document, "No recommendations have been agreed yet.", PLN_TEXT_PLAIN);

  return document;
}
