/* bench-non-paper.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "plenary-core.h"

/* The non-paper of a day with 200 recommendations: our PDF writer against
 * LibreOffice converting the same non-paper, written as DOCX, to PDF, in
 * the same run. The chair needs the PDF at once, at the end of the day.
 * First, long texts as PDF: a recommendation of 2 500 words (target: under
 * a second), an annotation of 10 000 characters, and a recommendation that
 * is one word of 100 000 letters (target: under 5 s), cut over pages. */

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static char *
make_words (guint n_words)
{
  static const char * const words[] = {
    "States", "should", "cooperate", "with", "shipping", "companies", "to", "detect", "the",
    "smuggling", "of", "migrants,", "and", "share", "national", "procedures", "(2022).",
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "", words[(i * 7 + i / 3) % G_N_ELEMENTS (words)]);

  return g_string_free (text, FALSE);
}

static char *
make_characters (guint n_characters)
{
  g_autofree char *words = make_words (n_characters / 4);

  return g_strndup (words, n_characters);
}

static char *
make_word (guint length)
{
  char *word = g_malloc (length + 1);

  for (guint i = 0; i < length; i++)
    word[i] = 'a' + (i + i / 26) % 26;
  word[length] = '\0';

  return word;
}

/* The best of @runs, in seconds; the pages in @n_pages. */
static double
pdf_time (PlnDocument *document,
          guint        runs,
          guint       *n_pages)
{
  double best = G_MAXDOUBLE;

  for (guint run = 0; run < runs; run++)
    {
      double start = now ();
      g_autoptr(GBytes) pdf = pln_document_export_to_bytes (document, PLN_DOCUMENT_FORMAT_PDF, NULL);
      const char *data = g_bytes_get_data (pdf, NULL);
      gsize size = g_bytes_get_size (pdf);

      best = MIN (best, now () - start);

      /* cairo writes one "/Type /Page" for each page, and "/Type /Pages" once. */
      *n_pages = 0;
      for (gsize i = 0; i + 12 <= size; i++)
        *n_pages += memcmp (data + i, "/Type /Page", 11) == 0 && data[i + 11] != 's';
    }

  return best;
}

/* The non-paper of the demo's 2022 meeting with one recommendation. */
static PlnDocument *
non_paper_of (PlnWorkspace *workspace,
              const char   *text)
{
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, "m-wg-7-2022");
  g_autoptr(PlnRecommendation) rec = pln_recommendation_new ();
  GDate day;

  pln_meeting_get_day (meeting, 0, &day);
  pln_recommendation_set_day (rec, &day);
  pln_recommendation_set_agenda_item (rec, pln_meeting_find_agenda_item (meeting, "m-wg-7-2022-i2"));
  pln_recommendation_set_text (rec, text);
  pln_meeting_append_recommendation (meeting, rec);
  return pln_non_paper_new (meeting, &day, FALSE);
}

static void
bench_long_texts (void)
{
  g_autoptr(PlnWorkspace) words_workspace = pln_demo_new_workspace ();
  g_autoptr(PlnWorkspace) agenda_workspace = pln_demo_new_workspace ();
  g_autoptr(PlnWorkspace) word_workspace = pln_demo_new_workspace ();
  g_autofree char *words = make_words (2500);
  g_autofree char *annotation = make_characters (10000);
  g_autofree char *word = make_word (100000);
  PlnMeeting *meeting = pln_workspace_find_meeting (agenda_workspace, "m-wg-7-2022");
  PlnDocument *documents[3];
  const char *names[] = {
    "non-paper, a recommendation of 2 500 words",
    "annotated agenda, an annotation of 10 000 characters",
    "non-paper, a recommendation of one word of 100 000 letters",
  };

  pln_agenda_item_set_annotation (pln_meeting_find_agenda_item (meeting, "m-wg-7-2022-i2"), annotation);
  documents[0] = non_paper_of (words_workspace, words);
  documents[1] = pln_agenda_document_new (meeting);
  documents[2] = non_paper_of (word_workspace, word);

  g_print ("| long text, as PDF | pages | time (best of 3) |\n|---|---|---|\n");
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      guint n_pages;
      double seconds = pdf_time (documents[i], 3, &n_pages);

      g_print ("| %s | %u | %.0f ms |\n", names[i], n_pages, seconds * 1e3);
      g_object_unref (documents[i]);
    }
  g_print ("\n");
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

  bench_long_texts ();

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
