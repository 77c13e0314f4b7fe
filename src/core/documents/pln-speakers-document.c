/* pln-speakers-document.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-speakers-document"

#include "config.h"

#include "plenary-core.h"
#include "pln-speakers-document.h"

/* The list of speakers of one plenary meeting, in its order: each
 * speaker's item, how they take the floor, where they were carried over
 * from, the minutes planned and the time spoken; then the online time
 * against the meeting's cap. English, as the meeting's other documents:
 * nothing here goes through gettext. The document and the CSV share the
 * cells of a row: "Minutes" are those planned, "Spoken" the time taken
 * as minutes and seconds. */

enum { N_COLUMNS = 7 };

static const char * const headers[N_COLUMNS + 1] = {
  "No.", "Delegation", "Item", "Floor", "Note", "Minutes", "Spoken", NULL,
};

/* "12:05": minutes and seconds, whole seconds. */
static char *
format_duration (gint64 us)
{
  gint64 seconds = MAX (us, 0) / G_USEC_PER_SEC;

  return g_strdup_printf ("%02" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT, seconds / 60, seconds % 60);
}

static char *
dup_note (PlnMeeting *meeting,
          PlnSpeaker *speaker,
          gboolean    over_cap)
{
  const char *from = pln_speaker_get_carried_from (speaker);
  GString *note = g_string_new (NULL);

  if (from != NULL)
    {
      guint n = pln_meeting_get_sitting_number (meeting, pln_meeting_find_sitting (meeting, from));
      g_autofree char *ordinal = n > 0 ? pln_ordinal_number_en (n) : NULL;

      /* A plenary meeting since removed is still said to be another one. */
      if (ordinal != NULL)
        g_string_append_printf (note, "carried over from the %s plenary meeting", ordinal);
      else
        g_string_append (note, "carried over from another plenary meeting");
    }

  if (pln_speaker_was_given_floor_over_cap (speaker))
    g_string_append_printf (note, "%sgiven the floor over the online cap", note->len ? "; " : "");
  else if (over_cap)
    g_string_append_printf (note, "%sover the online cap", note->len ? "; " : "");

  return g_string_free (note, FALSE);
}

/* The cells of @speaker's row, @position from 1. */
static GStrv
dup_row (PlnMeeting          *meeting,
         PlnSpeaker          *speaker,
         guint                position,
         GPtrArray           *over_cap,
         const PlnFloorStamp *now)
{
  PlnAgendaItem *item = pln_speaker_get_agenda_item (speaker);
  const char *delegation = pln_speaker_get_delegation (speaker);
  char **row = g_new0 (char *, N_COLUMNS + 1);

  row[0] = g_strdup_printf ("%u", position);
  row[1] = g_strdup (delegation != NULL && *delegation != '\0' ? delegation : "—");
  row[2] = item != NULL ? pln_agenda_item_dup_label (item) : g_strdup ("");
  row[3] = g_strdup (pln_speaker_is_online (speaker) ? "Online" : "In person");
  row[4] = dup_note (meeting, speaker, g_ptr_array_find (over_cap, speaker, NULL));
  row[5] = g_strdup_printf ("%u", pln_speaker_get_limit_minutes (speaker, meeting));
  /* Empty until the speaker has had the floor. */
  row[6] = pln_speaker_has_started (speaker)
           ? format_duration (pln_speaker_get_spoken_us (speaker, now))
           : g_strdup ("");

  return row;
}

/* The rows of the list, in its order. */
static GPtrArray *
dup_rows (PlnMeeting          *meeting,
          PlnSitting          *sitting,
          const PlnFloorStamp *now)
{
  GListModel *speakers = pln_sitting_get_speakers (sitting);
  g_autoptr(GPtrArray) over_cap = pln_sitting_dup_over_cap (sitting, meeting, now);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < g_list_model_get_n_items (speakers); i++)
    {
      g_autoptr(PlnSpeaker) speaker = g_list_model_get_item (speakers, i);

      g_ptr_array_add (rows, dup_row (meeting, speaker, i + 1, over_cap, now));
    }

  return rows;
}

/* "1st plenary meeting, Monday, 27 June 2022, 10 a.m.–1 p.m." */
static char *
dup_sitting_heading (PlnMeeting *meeting,
                     PlnSitting *sitting)
{
  g_autofree char *ordinal = pln_ordinal_number_en (MAX (pln_meeting_get_sitting_number (meeting, sitting), 1));
  const GDate *day = pln_sitting_get_date (sitting);
  g_autofree char *date = day != NULL && g_date_valid (day) ? pln_date_format_en (day, TRUE) : NULL;
  g_autofree char *times = pln_time_range_format_en (pln_sitting_get_start (sitting), pln_sitting_get_end (sitting));

  if (date == NULL)
    return g_strdup_printf ("%s plenary meeting", ordinal);

  return g_strdup_printf ("%s plenary meeting, %s, %s", ordinal, date, times);
}

static char *
dup_budget_line (PlnMeeting          *meeting,
                 PlnSitting          *sitting,
                 const PlnFloorStamp *now)
{
  PlnOnlineBudget budget;
  g_autofree char *used = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *cap = NULL;

  pln_sitting_get_online_budget (sitting, meeting, now, &budget);
  used = format_duration (budget.used_us);
  planned = format_duration (budget.planned_us);
  cap = format_duration (budget.cap_us);

  if (budget.n_over == 0)
    return g_strdup_printf ("Online statements: %s used and %s planned of the %s allowed.", used, planned, cap);

  return g_strdup_printf ("Online statements: %s used and %s planned of the %s allowed; "
                          "%u online %s over the cap.", used, planned, cap, budget.n_over,
                          budget.n_over == 1 ? "speaker is" : "speakers are");
}

/**
 * pln_speakers_document_new:
 * @sitting: one of @meeting's plenary meetings
 * @now: the moment the times spoken are counted to
 *
 * Returns: (transfer full): the list of speakers of @sitting
 */
PlnDocument *
pln_speakers_document_new (PlnMeeting          *meeting,
                           PlnSitting          *sitting,
                           const PlnFloorStamp *now)
{
  static const double widths[N_COLUMNS] = { 0.6, 1.4, 0.65, 1.0, 1.7, 1.2, 1.05 };
  g_autoptr(GPtrArray) rows = NULL;
  PlnWorkingGroup *group;
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *budget = NULL;
  PlnDocument *document;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (PLN_IS_SITTING (sitting), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  group = pln_meeting_get_working_group (meeting);
  title = pln_meeting_dup_title_en (meeting);
  heading = dup_sitting_heading (meeting, sitting);
  budget = dup_budget_line (meeting, sitting, now);
  rows = dup_rows (meeting, sitting, now);

  document = pln_document_new ("List of speakers");
  pln_document_add_title (document, "List of speakers");
  if (group != NULL && pln_working_group_get_name (group) != NULL)
    pln_document_add_paragraph (document, pln_working_group_get_name (group), PLN_TEXT_BOLD | PLN_TEXT_CENTER);
  pln_document_add_paragraph (document, title, PLN_TEXT_CENTER);
  pln_document_add_heading (document, 1, heading);
  pln_document_add_paragraph (document, budget, PLN_TEXT_PLAIN);

  if (rows->len == 0)
    {
      pln_document_add_paragraph (document, "No speakers are inscribed yet.", PLN_TEXT_PLAIN);
      return document;
    }

  /* In the document an empty cell reads as a dash, so that the text
   * export, which leaves empty cells out, keeps the columns in place;
   * the CSV keeps them empty. */
  pln_document_begin_table (document, N_COLUMNS, headers, widths);
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      const char *cells[N_COLUMNS + 1] = { NULL };

      for (guint c = 0; c < N_COLUMNS; c++)
        cells[c] = row[c][0] != '\0' ? row[c] : "—";
      pln_document_add_row (document, cells);
    }

  return document;
}

/**
 * pln_speakers_to_csv:
 *
 * The list of speakers of @sitting as CSV: a header line, then a line
 * for each speaker in order, with the cells of the document's table.
 *
 * Returns: (transfer full): the CSV
 */
GBytes *
pln_speakers_to_csv (PlnMeeting          *meeting,
                     PlnSitting          *sitting,
                     const PlnFloorStamp *now)
{
  g_autoptr(GPtrArray) rows = NULL;
  GString *out;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (PLN_IS_SITTING (sitting), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  rows = dup_rows (meeting, sitting, now);
  out = g_string_sized_new (64 * (rows->len + 1));
  pln_csv_append_row (out, headers, ',');
  for (guint i = 0; i < rows->len; i++)
    pln_csv_append_row (out, g_ptr_array_index (rows, i), ',');

  return g_string_free_to_bytes (out);
}
