/* pln-agenda-document.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-agenda-document"

#include "config.h"

#include <string.h>

#include "plenary-core.h"
#include "pln-agenda-document.h"

/* The annotated provisional agenda of a meeting, laid out as the
 * secretariat's documents are: the header, the provisional agenda, the
 * annotations with each item's documentation, and the annex with the
 * proposed organization of work.
 *
 * Like the originals it is in English, whatever the interface language, so
 * nothing here goes through gettext; dates and times are written with the
 * core's English helpers. */

static char *
time_en (int  minutes,
         gboolean with_period)
{
  int hour = minutes / 60 % 24;
  int minute = minutes % 60;
  int h12 = hour % 12 == 0 ? 12 : hour % 12;
  const char *period = hour < 12 ? "a.m." : "p.m.";

  if (minute == 0)
    return with_period ? g_strdup_printf ("%d %s", h12, period) : g_strdup_printf ("%d", h12);

  return with_period ? g_strdup_printf ("%d.%02d %s", h12, minute, period) : g_strdup_printf ("%d.%02d", h12, minute);
}

/**
 * pln_time_format_en:
 *
 * Returns: (transfer full): "10 a.m.", "3.30 p.m.", as the documents
 *   write a time of day
 */
char *
pln_time_format_en (int minutes)
{
  return time_en (minutes, TRUE);
}

/**
 * pln_time_range_format_en:
 *
 * Returns: (transfer full): "10 a.m.–1 p.m.", "3–6 p.m.", as the
 *   organization of work writes times
 */
char *
pln_time_range_format_en (int start,
                          int end)
{
  gboolean same_half = (start < 720) == (end < 720);
  g_autofree char *from = time_en (start, !same_half);
  g_autofree char *to = time_en (end, TRUE);

  return g_strdup_printf ("%s–%s", from, to);
}

/**
 * pln_text_dup_paragraphs:
 * @text: (nullable): paragraphs separated by blank lines, as annotations,
 *   notes and the Chair's summaries are written
 *
 * Returns: (transfer full): the paragraphs, stripped, the empty ones left out
 */
GStrv
pln_text_dup_paragraphs (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", "\n\n", -1);
  g_autoptr(GStrvBuilder) paragraphs = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (paragraphs, parts[i]);
    }

  return g_strv_builder_end (paragraphs);
}

static void
add_paragraphs (PlnDocument *document,
                const char  *text,
                PlnTextStyle style)
{
  g_auto(GStrv) paragraphs = pln_text_dup_paragraphs (text);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    pln_document_add_paragraph (document, paragraphs[i], style);
}

/* A footnote's mark goes after its anchor's words; the document numbers
 * the notes in the order they are added, the order of their marks, and
 * its writers set them at the foot of the page. */
typedef struct
{
  gsize        offset;
  PlnFootnote *footnote;
} Mark;

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  gsize x = ((const Mark *) a)->offset, y = ((const Mark *) b)->offset;

  return x < y ? -1 : x > y;
}

/* The marks of @footnotes in @text, by offset. */
static GArray *
find_marks (const char *text,
            GListModel *footnotes)
{
  GArray *marks = g_array_new (FALSE, FALSE, sizeof (Mark));

  for (guint i = 0; footnotes != NULL && i < g_list_model_get_n_items (footnotes); i++)
    {
      g_autoptr(PlnFootnote) footnote = g_list_model_get_item (footnotes, i);
      Mark mark = { pln_footnote_find_mark (footnote, text), footnote };

      g_array_append_val (marks, mark);
    }
  g_array_sort (marks, compare_marks);
  return marks;
}

/* The title or heading just added, with the marks of @footnotes. */
static void
add_notes_to_last (PlnDocument *document,
                   const char  *text,
                   GListModel  *footnotes)
{
  g_autoptr(GArray) marks = find_marks (text, footnotes);

  for (guint i = 0; i < marks->len; i++)
    {
      Mark *mark = &g_array_index (marks, Mark, i);

      pln_document_add_note (document, mark->offset, pln_footnote_get_text (mark->footnote));
    }
}

/* @text's paragraphs (separated by blank lines), each with the notes
 * whose marks fall in it. */
static void
add_marked_paragraphs (PlnDocument  *document,
                       const char   *text,
                       GListModel   *footnotes,
                       PlnTextStyle  style)
{
  g_autoptr(GArray) marks = find_marks (text, footnotes);
  const char *p = text;
  guint m = 0;

  for (;;)
    {
      const char *end = strstr (p, "\n\n") ?: p + strlen (p);
      const char *start = p, *stop = end;
      gboolean last = *end == '\0';
      g_autofree char *paragraph = NULL;

      while (start < stop && g_ascii_isspace (*start))
        start++;
      while (stop > start && g_ascii_isspace (stop[-1]))
        stop--;

      if (stop > start || (last && m < marks->len))
        {
          paragraph = g_strndup (start, stop - start);
          pln_document_add_paragraph (document, paragraph, style);
          for (; m < marks->len && (last || g_array_index (marks, Mark, m).offset <= (gsize) (end - text)); m++)
            {
              Mark *mark = &g_array_index (marks, Mark, m);
              gsize offset = mark->offset > (gsize) (start - text) ? mark->offset - (start - text) : 0;

              pln_document_add_note (document, offset, pln_footnote_get_text (mark->footnote));
            }
        }
      if (last)
        break;
      p = end + 2;
    }
}

/* An item's or a sub-item's annotation with its footnotes. */
static void
add_annotation (PlnDocument   *document,
                PlnAgendaItem *item)
{
  add_marked_paragraphs (document, pln_agenda_item_get_annotation (item) ?: "",
                         pln_agenda_item_get_footnotes (item), PLN_TEXT_PLAIN);
  /* Notes kept as text by files from before footnotes were objects. */
  add_paragraphs (document, pln_agenda_item_get_notes (item), PLN_TEXT_SMALL);
}

static void
add_header (PlnDocument *document,
            PlnMeeting  *meeting)
{
  PlnWorkingGroup *group = pln_meeting_get_working_group (meeting);
  const GDate *first = pln_meeting_get_first_day (meeting);
  g_autofree char *dates = first ? pln_date_range_format_en (first, pln_meeting_get_last_day (meeting)) : NULL;
  g_autofree char *place = NULL;

  if (pln_meeting_get_agenda_symbol (meeting) != NULL)
    pln_document_add_paragraph (document, pln_meeting_get_agenda_symbol (meeting), PLN_TEXT_RIGHT | PLN_TEXT_BOLD);
  if (group != NULL && pln_working_group_get_parent_body (group) != NULL)
    pln_document_add_paragraph (document, pln_working_group_get_parent_body (group), PLN_TEXT_BOLD);
  {
    const GDate *issued = pln_meeting_get_issued (meeting);
    g_autofree char *issued_text = issued ? pln_date_format_en (issued, FALSE) : NULL;
    g_autofree char *distribution = g_strdup_printf ("Distr.: General%s%s\nOriginal: English",
                                                     issued_text ? "\n" : "", issued_text ?: "");

    pln_document_add_paragraph (document, distribution, PLN_TEXT_RIGHT | PLN_TEXT_SMALL);
  }
  if (group != NULL && pln_working_group_get_name (group) != NULL)
    pln_document_add_heading (document, 1, pln_working_group_get_name (group));

  place = g_strdup_printf ("%s%s%s", pln_meeting_get_city (meeting) ?: "",
                           pln_meeting_get_city (meeting) && dates ? ", " : "", dates ?: "");
  if (*place != '\0')
    pln_document_add_paragraph (document, place, PLN_TEXT_PLAIN);

  pln_document_add_title (document, "Annotated provisional agenda");
  /* As the documents print them: the symbol at the head of the pages
   * after the first, the job number at the foot of the first. */
  pln_document_set_running_header (document, pln_meeting_get_agenda_symbol (meeting));
  pln_document_set_first_footer (document, pln_meeting_get_job_number (meeting));
}

/**
 * pln_document_add_agenda_list:
 * @agenda: the items of a meeting's agenda
 * @indent: the indentation of the items, their sub-items' one more
 *
 * Adds the items and their sub-items, "Organizational matters:" …
 * "(a) Opening of the meeting;" …, as the provisional agenda punctuates
 * its list and the report repeats it as adopted.
 */
void
pln_document_add_agenda_list (PlnDocument *document,
                              GListModel  *agenda,
                              guint        indent)
{
  guint n = g_list_model_get_n_items (agenda);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (agenda, i);
      GListModel *subs = pln_agenda_item_get_sub_items (item);
      guint n_subs = g_list_model_get_n_items (subs);
      g_autofree char *label = g_strdup_printf ("%s.", pln_agenda_item_get_number (item) ?: "");
      g_autofree char *title = g_strdup_printf ("%s%s", pln_agenda_item_get_title (item) ?: "", n_subs > 0 ? ":" : ".");

      pln_document_add_item (document, indent, label, title);
      for (guint s = 0; s < n_subs; s++)
        {
          g_autoptr(PlnAgendaItem) sub = g_list_model_get_item (subs, s);
          g_autofree char *sub_label = g_strdup_printf ("(%s)", pln_agenda_item_get_number (sub) ?: "");
          g_autofree char *sub_title = g_strdup_printf ("%s%s", pln_agenda_item_get_title (sub) ?: "",
                                                        s + 1 < n_subs ? ";" : ".");

          pln_document_add_item (document, indent + 1, sub_label, sub_title);
        }
    }
}

static void
add_documentation (PlnDocument   *document,
                   PlnAgendaItem *item)
{
  GListModel *documents = pln_agenda_item_get_documents (item);
  guint n = g_list_model_get_n_items (documents);

  if (n == 0)
    return;

  pln_document_add_heading (document, 2, "Documentation");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnDocumentRef) doc = g_list_model_get_item (documents, i);
      g_autofree char *text = g_strdup_printf ("%s (%s)", pln_document_ref_get_title (doc) ?: "",
                                               pln_document_ref_get_symbol (doc) ?: "");

      pln_document_add_paragraph (document, text, PLN_TEXT_PLAIN);
    }
}

static void
add_annotations (PlnDocument *document,
                 GListModel  *agenda)
{
  guint n = g_list_model_get_n_items (agenda);

  pln_document_add_heading (document, 1, "Annotations");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (agenda, i);
      GListModel *subs = pln_agenda_item_get_sub_items (item);
      g_autofree char *heading = g_strdup_printf ("%s. %s", pln_agenda_item_get_number (item) ?: "",
                                                  pln_agenda_item_get_title (item) ?: "");

      pln_document_add_heading (document, 2, heading);
      for (guint s = 0; s < g_list_model_get_n_items (subs); s++)
        {
          g_autoptr(PlnAgendaItem) sub = g_list_model_get_item (subs, s);
          g_autofree char *sub_heading = g_strdup_printf ("(%s) %s", pln_agenda_item_get_number (sub) ?: "",
                                                          pln_agenda_item_get_title (sub) ?: "");

          pln_document_add_heading (document, 3, sub_heading);
          add_annotation (document, sub);
          add_documentation (document, sub);
        }

      add_annotation (document, item);
      add_documentation (document, item);
    }
}

static void
add_annex (PlnDocument *document,
           PlnMeeting  *meeting)
{
  static const char * const headers[] = { "Date and time", "Agenda item", "Title or description" };
  static const double widths[] = { 1.3, 0.9, 3.2 };
  GListModel *sittings = pln_meeting_get_sittings (meeting);
  GDate previous_day;

  g_date_clear (&previous_day, 1);
  pln_document_add_page_break (document);
  pln_document_add_heading (document, 1, "Annex");
  pln_document_add_title (document, "Proposed organization of work");
  add_notes_to_last (document, "Proposed organization of work", pln_meeting_get_annex_footnotes (meeting));
  pln_document_begin_table (document, 3, headers, widths);

  for (guint s = 0; s < g_list_model_get_n_items (sittings); s++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, s);
      GListModel *placements = pln_sitting_get_placements (sitting);
      const GDate *day = pln_sitting_get_date (sitting);
      g_autofree char *times = pln_time_range_format_en (pln_sitting_get_start (sitting), pln_sitting_get_end (sitting));

      /* A row for each day, as "Monday, 27 June", across the table and
       * on the page of the day's first sitting. */
      if (day != NULL && (!g_date_valid (&previous_day) || g_date_compare (day, &previous_day) != 0))
        {
          g_autofree char *day_text = g_strdup_printf ("%s, %u %s", pln_weekday_name_en (g_date_get_weekday (day)),
                                                       g_date_get_day (day), pln_month_name_en (g_date_get_month (day)));
          const char *cells[] = { day_text, "", "" };

          pln_document_add_row_full (document, cells, PLN_ROW_SPANNING | PLN_ROW_KEEP_WITH_NEXT);
          previous_day = *day;
        }

      for (guint p = 0; p < g_list_model_get_n_items (placements); p++)
        {
          g_autoptr(PlnPlacement) placement = g_list_model_get_item (placements, p);
          PlnAgendaItem *item = pln_placement_get_agenda_item (placement);
          g_autofree char *label = item ? pln_agenda_item_dup_label (item) : g_strdup ("");
          const char *item_title = item ? pln_agenda_item_get_title (item) ?: "" : "";
          gboolean continued = pln_meeting_is_placement_continued (meeting, sitting, p);
          g_autofree char *title = continued ? g_strdup_printf ("%s (continued)", item_title) : g_strdup (item_title);
          guint n_placements = g_list_model_get_n_items (placements);
          const char *cells[3];

          cells[0] = p == 0 ? times : "";
          cells[1] = label;
          cells[2] = title;
          /* A sitting's rows stay together: none is left at the top of a
           * page without its time. */
          pln_document_add_row_full (document, cells, p + 1 < n_placements ? PLN_ROW_KEEP_WITH_NEXT : PLN_ROW_PLAIN);
          if (continued)
            pln_document_add_span (document, 2, strlen (item_title) + 1, strlen (title), PLN_TEXT_ITALIC);
        }
    }
}

/**
 * pln_agenda_document_new:
 *
 * Returns: (transfer full): the annotated provisional agenda of @meeting
 */
PlnDocument *
pln_agenda_document_new (PlnMeeting *meeting)
{
  PlnWorkingGroup *group;
  g_autofree char *title = NULL;
  PlnDocument *document;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);

  group = pln_meeting_get_working_group (meeting);
  title = g_strdup_printf ("Annotated provisional agenda%s%s",
                           group && pln_working_group_get_name (group) ? ": " : "",
                           group ? pln_working_group_get_name (group) ?: "" : "");
  document = pln_document_new (title);

  add_header (document, meeting);
  pln_document_add_heading (document, 1, "Provisional agenda");
  pln_document_add_agenda_list (document, pln_meeting_get_agenda (meeting), 0);
  add_annotations (document, pln_meeting_get_agenda (meeting));
  if (g_list_model_get_n_items (pln_meeting_get_sittings (meeting)) > 0)
    add_annex (document, meeting);

  return document;
}
