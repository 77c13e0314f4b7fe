/* bench-non-paper.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "plenary-core.h"

/* The non-paper of a day with 200 recommendations: our PDF writer against
 * LibreOffice converting the same non-paper, written as DOCX, to PDF, in
 * the same run. The chair needs the PDF at once, at the end of the day. */

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (1, 7);
  g_autoptr(PlnMeeting) meeting = g_list_model_get_item (pln_workspace_get_meetings (workspace), 0);
  g_autoptr(PlnDocument) document = NULL;
  g_autoptr(GBytes) docx = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plenary-bench-XXXXXX", NULL);
  g_autofree char *docx_path = g_build_filename (dir, "non-paper.docx", NULL);
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/profile", dir);
  double best = G_MAXDOUBLE;
  GListModel *recommendations = pln_meeting_get_recommendations (meeting);
  GDate day;

  /* 200 recommendations on Day 1, none withdrawn. */
  pln_meeting_get_day (meeting, 0, &day);
  for (guint i = 0; g_list_model_get_n_items (recommendations) < 200; i++)
    {
      g_autoptr(PlnRecommendation) copy = g_list_model_get_item (recommendations, i);
      g_autoptr(PlnRecommendation) rec = pln_recommendation_new ();

      pln_recommendation_set_text (rec, pln_recommendation_get_text (copy));
      pln_recommendation_set_agenda_item (rec, pln_recommendation_get_agenda_item (copy));
      pln_meeting_append_recommendation (meeting, rec);
    }
  for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
    {
      g_autoptr(PlnRecommendation) rec = g_list_model_get_item (recommendations, i);

      pln_recommendation_set_day (rec, &day);
      pln_recommendation_set_status (rec, PLN_RECOMMENDATION_STATUS_IN_NON_PAPER);
    }

  document = pln_non_paper_new (meeting, &day, TRUE);
  for (guint run = 0; run < 5; run++)
    {
      double start = now ();
      g_autoptr(GBytes) pdf = pln_document_export_to_bytes (document, PLN_DOCUMENT_FORMAT_PDF, NULL);

      best = MIN (best, now () - start);
    }

  g_print ("Non-paper of %u recommendations as PDF: Plenary %.0f ms (best of 5)\n",
           pln_non_paper_count (meeting, &day), best * 1e3);

  docx = pln_document_export_to_bytes (document, PLN_DOCUMENT_FORMAT_DOCX, NULL);
  g_file_set_contents (docx_path, g_bytes_get_data (docx, NULL), g_bytes_get_size (docx), NULL);

  if (g_find_program_in_path ("libreoffice") != NULL)
    {
      const char *convert[] = { "libreoffice", profile, "--headless", "--convert-to", "pdf", "--outdir", dir, docx_path, NULL };
      double lo_best = G_MAXDOUBLE;

      /* The first run sets up LibreOffice's profile: not counted. */
      g_spawn_sync (NULL, (char **) convert, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                    NULL, NULL, NULL, NULL, NULL, NULL);
      for (guint run = 0; run < 3; run++)
        {
          double start = now ();

          g_spawn_sync (NULL, (char **) convert, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                        NULL, NULL, NULL, NULL, NULL, NULL);
          lo_best = MIN (lo_best, now () - start);
        }

      g_print ("| recommendations | Plenary PDF | LibreOffice DOCX → PDF | ratio |\n|---|---|---|---|\n");
      g_print ("| %u | %.0f ms | %.0f ms | %.0f× |\n", pln_non_paper_count (meeting, &day),
               best * 1e3, lo_best * 1e3, lo_best / best);
    }
  else
    g_print ("LibreOffice is not installed: no comparison\n");

  return 0;
}
