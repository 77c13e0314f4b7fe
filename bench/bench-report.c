/* bench-report.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "plenary-core.h"

/* The draft report of the largest meeting of a 10-year synthetic
 * workspace (pln-synth.c: 300 registrations, 50 recommendations, six
 * items): built as a document and written in each format, as the Report
 * page and export-report do, against 200 ms for the whole export. The
 * meeting is given what a synthetic one lacks: a Chair's summary of each
 * item and 400 statements on its lists of speakers, half of them by
 * registered delegations. */

#define YEARS      10
#define STATEMENTS 400
#define ROUNDS     15

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static PlnMeeting *
largest_meeting (PlnWorkspace *workspace)
{
  GListModel *meetings = pln_workspace_get_meetings (workspace);
  PlnMeeting *largest = NULL;
  guint largest_size = 0;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);
      guint size = g_list_model_get_n_items (pln_meeting_get_registrations (meeting)) +
                   g_list_model_get_n_items (pln_meeting_get_recommendations (meeting));

      if (size > largest_size)
        {
          largest = meeting;
          largest_size = size;
        }
    }

  return largest;
}

static void
add_deliberations (PlnMeeting *meeting)
{
  GListModel *agenda = pln_meeting_get_agenda (meeting);
  GListModel *registrations = pln_meeting_get_registrations (meeting);
  GListModel *sittings = pln_meeting_get_sittings (meeting);
  guint n_items = g_list_model_get_n_items (agenda);
  PlnFloorStamp now;

  pln_floor_stamp_now (&now);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (agenda, i);
      g_autoptr(GString) summary = g_string_new (NULL);

      for (guint p = 0; p < 8; p++)
        g_string_append_printf (summary, "%s%s", p > 0 ? "\n\n" : "", pln_agenda_item_get_annotation (item));
      pln_agenda_item_set_summary (item, summary->str);
    }

  for (guint s = 0; s < STATEMENTS; s++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, s % g_list_model_get_n_items (sittings));
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (agenda, s % n_items);
      g_autoptr(PlnRegistration) reg = g_list_model_get_item (registrations, s % g_list_model_get_n_items (registrations));
      g_autoptr(PlnSpeaker) speaker = pln_speaker_new ();
      g_autofree char *typed = g_strdup_printf ("Delegation %u", s);

      if (s % 2 == 0)
        {
          pln_speaker_set_registration (speaker, pln_registration_get_id (reg));
          pln_speaker_set_delegation (speaker, pln_registration_get_delegation (reg));
        }
      else
        pln_speaker_set_delegation (speaker, typed);
      pln_speaker_set_agenda_item (speaker, item);
      pln_speaker_log (speaker, PLN_SPEAKER_EVENT_STARTED, &now);
      pln_speaker_log (speaker, PLN_SPEAKER_EVENT_ENDED, &now);
      pln_sitting_insert_speaker (sitting, G_MAXUINT, speaker);
    }
}

/* The best and the median of ROUNDS runs of building the report and
 * writing it in @format, in ms. */
static void
time_export (PlnMeeting        *meeting,
             PlnDocumentFormat  format,
             double            *median,
             guint             *bytes)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(PlnDocument) document = pln_report_document_new (meeting);
      g_autoptr(GBytes) out = pln_document_export_to_bytes (document, format, NULL);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_assert (out != NULL);
      *bytes = g_bytes_get_size (out);
      g_array_append_val (times, ms);
    }

  g_array_sort (times, compare_doubles);
  *median = g_array_index (times, double, ROUNDS / 2);
}

int
main (int   argc,
      char *argv[])
{
  static const PlnDocumentFormat formats[] = {
    PLN_DOCUMENT_FORMAT_PDF, PLN_DOCUMENT_FORMAT_DOCX, PLN_DOCUMENT_FORMAT_ODT, PLN_DOCUMENT_FORMAT_TEXT,
  };
  g_autoptr(PlnWorkspace) workspace = NULL;
  PlnMeeting *meeting;
  double worst = 0;

  setlocale (LC_ALL, "");
  workspace = pln_synth_workspace (YEARS, 42);
  meeting = largest_meeting (workspace);
  add_deliberations (meeting);

  g_print ("The report of the largest meeting of a %u-year workspace (%u registrations, %u recommendations, "
           "%u statements), median of %u rounds:\n\n", YEARS,
           g_list_model_get_n_items (pln_meeting_get_registrations (meeting)),
           g_list_model_get_n_items (pln_meeting_get_recommendations (meeting)), STATEMENTS, ROUNDS);
  g_print ("| format | build + write | size | budget |\n|---|---|---|---|\n");
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      double median;
      guint bytes;

      time_export (meeting, formats[f], &median, &bytes);
      worst = MAX (worst, median);
      g_print ("| %s | %.1f ms | %u KB | 200 ms |\n", pln_document_format_get_extension (formats[f]), median,
               bytes / 1024);
    }

  return worst <= 200.0 ? 0 : 1;
}
