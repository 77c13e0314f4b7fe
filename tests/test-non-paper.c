/* test-non-paper.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plenary-core.h"
#include "pln-test-util.h"

/* The non-paper of Day 1 of the 2022 meeting of the Working Group on the
 * Smuggling of Migrants, with recommendations of our own making: grouped by
 * agenda item in agenda order, numbered through the document, the
 * withdrawn and merged left out, markup-like and Arabic text kept, and the
 * same in every format and every interface language. */

typedef struct
{
  PlnWorkspace *workspace;
  PlnMeeting   *meeting;  /* the 2022 meeting, with the recommendations */
  GDate         day;      /* its first day */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  PlnMeeting *meeting;
  PlnRecommendation *withdrawn;

  fixture->workspace = pln_demo_new_workspace ();
  fixture->meeting = meeting = pln_workspace_find_meeting (fixture->workspace, "m-wg-7-2022");
  pln_meeting_get_day (meeting, 0, &fixture->day);

  /* Made in this order in the room: item 3 first, then item 2. */
  pln_test_add_recommendation (meeting, "m-wg-7-2022-i3", 0,
                               "States should share <b>national</b> procedures & “good practices”.", "Egypt");
  pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 0,
                               "States should cooperate with shipping companies to detect smuggling.", "بعثة مصر");
  withdrawn = pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 0, "A recommendation that was withdrawn.",
                                           "Panellist A");
  pln_recommendation_set_status (withdrawn, PLN_RECOMMENDATION_STATUS_WITHDRAWN);
  pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 0, "States should engage financial service providers.", NULL);
  pln_test_add_recommendation (meeting, "m-wg-7-2022-i4", 1, "A recommendation of Day 2.", "France");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->workspace);
}

static void
test_structure (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PlnDocument) document = pln_non_paper_new (fixture->meeting, &fixture->day, TRUE);
  g_autofree char *text = pln_test_document_text (document);

  g_assert_cmpstr (text, ==,
                   "Non-paper\n\n"
                   "Working Group on the Smuggling of Migrants\n\n"
                   "Ninth meeting, Vienna, 27 and 28 June 2022\n\n"
                   "Recommendations stemming from the meeting of Day 1 (Monday, 27 June\n2022)\n\n"
                   "Prepared by the Chair with the support of the Secretariat. Unedited.\nEnglish only.\n\n"
                   "Agenda item 2. Good practices in cooperating with the private sector to\n"
                   "prevent and combat the smuggling of migrants\n\n"
                   "1.   States should cooperate with shipping companies to detect\n"
                   "     smuggling. (بعثة مصر)\n\n"
                   "2.   States should engage financial service providers.\n\n"
                   "Agenda item 3. Sharing national procedures to investigate the smuggling\n"
                   "of migrants with a view to enhancing international cooperation and the\n"
                   "possible harmonization of approaches\n\n"
                   "3.   States should share <b>national</b> procedures & “good practices”.\n"
                   "     (Egypt)\n");

  g_assert_cmpuint (pln_non_paper_count (fixture->meeting, &fixture->day), ==, 3);
}

/* The recommendations agreed for the report, exported on their own, are
 * titled as what they are: not a non-paper, nor unedited. */
static void
test_agreed_title (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PlnDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autoptr(PlnRecommendation) rec = g_list_model_get_item (pln_meeting_get_recommendations (fixture->meeting), 1);

  pln_recommendation_set_status (rec, PLN_RECOMMENDATION_STATUS_AGREED);
  document = pln_report_recommendations_new (fixture->meeting, FALSE);
  text = pln_test_document_text (document);

  g_assert_cmpstr (pln_document_get_title (document), ==, "Agreed recommendations");
  g_assert_true (g_str_has_prefix (text, "Agreed recommendations\n"));
  g_assert_null (strstr (text, "Non-paper"));
  g_assert_null (strstr (text, "Unedited"));
  g_assert_nonnull (strstr (text, "1.   States should cooperate with shipping companies to detect\n"));
  g_assert_null (strstr (text, "engage financial service providers"));
}

/* A delegate's name or a recommendation may hold control characters (a
 * paste from a terminal, a crafted registration); the text export leaves
 * them out, so nothing in it acts on the terminal it is read in. */
static void
test_control_characters (Fixture       *fixture,
                         gconstpointer  data)
{
  static const char * const controls[] = { "\033", "\a", "\x7f", "\xc2\x9b", "\xc2\x85", "\r", NULL };
  g_autoptr(PlnDocument) document = NULL;
  g_autofree char *text = NULL;

  pln_test_add_recommendation (fixture->meeting, "m-wg-7-2022-i2", 0,
                               "States should \033[31mact\a now\x7f \xc2\x9b" "together.\r",
                               "Del\033]0;x\aegation \xc2\x85" "A");
  document = pln_non_paper_new (fixture->meeting, &fixture->day, TRUE);
  text = pln_test_document_text (document);

  for (guint i = 0; controls[i] != NULL; i++)
    g_assert_null (strstr (text, controls[i]));
  g_assert_nonnull (strstr (text, "3.   States should [31mact now together. (Del]0;xegation A)\n"));
  /* What was there before is untouched, Arabic included. */
  g_assert_nonnull (strstr (text, "smuggling. (بعثة مصر)"));
}

/* The environment plenary-cli runs in to speak @language. */
static char **
environ_in (const char *language)
{
  char **env = g_get_environ ();

  env = g_environ_setenv (env, "LANGUAGE", language, TRUE);
  return g_environ_setenv (env, "LANG", g_str_equal (language, "fr") ? "fr_FR.UTF-8" :
                                        g_str_equal (language, "ar") ? "ar_EG.UTF-8" : "C.UTF-8", TRUE);
}

static char *
run_cli (const char *language,
         const char *workspace,
         const char *format,
         const char *out)
{
  g_autofree char *cli = g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "plenary-cli", NULL);
  const char *argv[] = { cli, "export-non-paper", workspace, "SOM/2022", "1", format, out, "--sources", NULL };
  g_auto(GStrv) env = environ_in (language);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);

  if (g_str_equal (format, "pdf"))
    {
      const char *pdftotext[] = { "pdftotext", "-enc", "UTF-8", out, "-", NULL };

      if (!g_spawn_sync (NULL, (char **) pdftotext, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                         NULL, NULL, &contents, NULL, &status, NULL))
        return NULL;
    }
  else
    g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));

  return contents;
}

/* plenary-cli's own words, in @language: its help. */
static char *
cli_help (const char *language)
{
  g_autofree char *cli = g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "plenary-cli", NULL);
  const char *argv[] = { cli, "--help", NULL };
  g_auto(GStrv) env = environ_in (language);
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, NULL));
  return out;
}

/* The same file whatever the interface language. */
static void
test_english_in_every_language (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GBytes) bytes = pln_json_serialize_workspace (fixture->workspace);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "recommendations.json", NULL);
  g_autofree char *out = g_build_filename (g_get_user_data_dir (), "non-paper", NULL);
  const char *formats[] = { "txt", "pdf" };

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));

  /* The program does speak French and Arabic from the build tree (its
   * help is translated), so the same English below means something. The
   * locales are made by make locales; without them there is nothing to see. */
  {
    g_autofree char *en = cli_help ("en");
    g_autofree char *fr = cli_help ("fr");
    g_autofree char *ar = cli_help ("ar");

    if (g_strcmp0 (en, fr) == 0 && g_getenv ("CI") == NULL)
      g_test_message ("the fr_FR.UTF-8 locale is missing: the CLI speaks English only");
    else
      {
        g_assert_nonnull (strstr (fr, "Utilisation"));
        g_assert_cmpstr (en, !=, ar);
      }
  }

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *en = run_cli ("en", path, formats[f], out);
      g_autofree char *fr = run_cli ("fr", path, formats[f], out);
      g_autofree char *ar = run_cli ("ar", path, formats[f], out);

      if (en == NULL)
        {
          g_test_message ("pdftotext is not installed: the PDF is not compared");
          continue;
        }

      g_assert_nonnull (strstr (en, "Monday, 27 June"));
      g_assert_nonnull (strstr (en, "Ninth meeting"));
      g_assert_cmpstr (fr, ==, en);
      g_assert_cmpstr (ar, ==, en);
    }
}

static void
test_docx_odt (Fixture       *fixture,
               gconstpointer  data)
{
  static const char * const expected[] = {
    "Non-paper", "Agenda item 2.", "1.", "shipping companies", "بعثة مصر", "2.", "financial service providers",
    "Agenda item 3.", "3.", "&lt;b&gt;national&lt;/b&gt; procedures &amp; “good practices”", NULL
  };
  g_autoptr(PlnDocument) document = pln_non_paper_new (fixture->meeting, &fixture->day, TRUE);
  g_autoptr(GBytes) docx = pln_document_export_to_bytes (document, PLN_DOCUMENT_FORMAT_DOCX, NULL);
  g_autoptr(GBytes) odt = pln_document_export_to_bytes (document, PLN_DOCUMENT_FORMAT_ODT, NULL);
  g_autofree char *word = pln_test_zip_member (docx, "word/document.xml");
  g_autofree char *content = pln_test_zip_member (odt, "content.xml");

  pln_test_assert_in_order (word, expected);
  pln_test_assert_in_order (content, expected);
  g_assert_null (strstr (word, "withdrawn"));
  g_assert_null (strstr (content, "Day 2"));
}

static void
test_similarity_and_sharing (Fixture       *fixture,
                             gconstpointer  data)
{
  PlnMeeting *meeting = fixture->meeting;
  const GDate *day = &fixture->day;
  g_autoptr(PlnRecommendation) first = g_list_model_get_item (pln_meeting_get_recommendations (meeting), 1);

  g_assert_cmpfloat (pln_text_similarity ("States should engage financial service providers.",
                                          "States should engage financial service providers"), ==, 1.0);
  g_assert_cmpfloat (pln_text_similarity ("a b c", "d e f"), ==, 0.0);
  g_assert_nonnull (pln_meeting_find_similar_recommendation (meeting, "states should ENGAGE financial service providers", NULL));
  g_assert_null (pln_meeting_find_similar_recommendation (meeting, "States should ratify the Protocol", NULL));
  g_assert_cmpuint (pln_text_count_words ("  States  should\tcooperate. "), ==, 3);

  g_assert_null (pln_meeting_get_shared_time (meeting, day));
  pln_meeting_record_export (meeting, day, "pdf", "/tmp/non-paper.pdf");
  g_assert_cmpuint (pln_export_record_get_count (pln_meeting_get_last_export (meeting, day)), ==, 3);
  pln_meeting_mark_shared (meeting, day);
  g_assert_nonnull (pln_meeting_get_shared_time (meeting, day));
  g_assert_false (pln_meeting_changed_since_shared (meeting, day));

  /* A change after sharing shows. */
  g_usleep (2000);
  pln_recommendation_set_text (first, "States should cooperate with shipping and airline companies.");
  g_assert_true (pln_meeting_changed_since_shared (meeting, day));

  /* The deadline: the end of the day's last plenary meeting, 18:00 in Vienna. */
  {
    g_autoptr(GDateTime) end = pln_meeting_dup_day_end (meeting, day);

    g_assert_cmpint (g_date_time_get_hour (end), ==, 18);
  }
}

int
main (int   argc,
      char *argv[])
{
  pln_test_init_home ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/non-paper/structure", Fixture, NULL, fixture_set_up, test_structure, fixture_tear_down);
  g_test_add ("/non-paper/agreed-title", Fixture, NULL, fixture_set_up, test_agreed_title, fixture_tear_down);
  g_test_add ("/non-paper/docx-odt", Fixture, NULL, fixture_set_up, test_docx_odt, fixture_tear_down);
  g_test_add ("/non-paper/control-characters", Fixture, NULL, fixture_set_up, test_control_characters,
              fixture_tear_down);
  g_test_add ("/non-paper/english-in-every-language", Fixture, NULL, fixture_set_up, test_english_in_every_language,
              fixture_tear_down);
  g_test_add ("/non-paper/similarity-and-sharing", Fixture, NULL, fixture_set_up, test_similarity_and_sharing,
              fixture_tear_down);

  return g_test_run ();
}
