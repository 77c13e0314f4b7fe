/* test-report.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "plenary-core.h"
#include "pln-test-util.h"

/* The draft report of the demo's 2022 meeting of the Working Group on the
 * Smuggling of Migrants, with registrations imported from a CSV of our
 * own, statements on its lists of speakers and recommendations added
 * here: its symbol and title, the agreed recommendations in agenda order
 * (never the withdrawn, merged or merely proposed), the Chair's summary
 * and who spoke, the agenda as adopted, each attending delegation once in
 * English alphabetical order under its category (never a cancelled or
 * requested registration), the documents with their symbols, the date of
 * adoption; the same text in every interface language, and files that
 * LibreOffice opens. */

#define REPORT_SYMBOL "CTOC/COP/WG.7/2022/4"

/* Côte d’Ivoire and Cuba: an order that ignores accents puts Côte first;
 * byte order would not. Norway cancelled and Peru only requested. */
static const char registrations_csv[] =
  "First name,Last name,Country,Email,Participation,Category,Status\n"
  "Amina,Haddad,Egypt,amina.haddad@example.org,In person,State party,Confirmed\n"
  "Omar,Said,Egypt,omar.said@example.org,Online,State party,Confirmed\n"
  "Claire,Martin,France,claire.martin@example.org,In person,State party,Confirmed\n"
  "Lucía,Pérez,Cuba,lucia.perez@example.org,Online,State party,Confirmed\n"
  "Aya,Koné,Côte d’Ivoire,aya.kone@example.org,In person,State party,Confirmed\n"
  "Ingrid,Berg,Norway,ingrid.berg@example.org,In person,State party,Cancelled\n"
  "Pablo,Rojas,Peru,pablo.rojas@example.org,In person,State party,Pending\n"
  "Ana,Silva,Holy See,ana.silva@example.org,In person,Observer State,Confirmed\n"
  "Maria,Rossi,International Organization for Migration,maria.rossi@example.org,Online,Intergovernmental organization,Confirmed\n"
  "Tom,Green,Migrants Aid Network,tom.green@example.org,In person,NGO,Confirmed\n";

typedef struct
{
  PlnWorkspace *workspace;
  PlnMeeting   *meeting;
} Fixture;

static PlnRegistration *
find_registration (PlnMeeting *meeting,
                   const char *delegation)
{
  GListModel *registrations = pln_meeting_get_registrations (meeting);

  for (guint i = 0; i < g_list_model_get_n_items (registrations); i++)
    {
      g_autoptr(PlnRegistration) reg = g_list_model_get_item (registrations, i);

      if (g_strcmp0 (pln_registration_get_delegation (reg), delegation) == 0)
        return reg;
    }

  g_assert_not_reached ();
}

static void
import_registrations (PlnMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  PlnRegistrationImport *import = pln_registration_import_new (registrations_csv, sizeof registrations_csv - 1,
                                                               meeting, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (pln_registration_import_apply (import, PLN_DUPLICATES_SKIP), ==, 10);
  pln_registration_import_free (import);
}

/* A speaker on the @sitting_index'th plenary meeting: @delegation typed,
 * or the registration of @delegation with @by_registration; heard when
 * @heard (started, and ended), otherwise only inscribed. */
static void
add_speaker (PlnMeeting *meeting,
             guint       sitting_index,
             const char *item_id,
             const char *delegation,
             gboolean    by_registration,
             gboolean    heard)
{
  g_autoptr(PlnSitting) sitting = g_list_model_get_item (pln_meeting_get_sittings (meeting), sitting_index);
  g_autoptr(PlnSpeaker) speaker = pln_speaker_new ();
  PlnFloorStamp now;

  if (by_registration)
    pln_speaker_set_registration (speaker, pln_registration_get_id (find_registration (meeting, delegation)));
  pln_speaker_set_delegation (speaker, delegation);
  pln_speaker_set_agenda_item (speaker, pln_meeting_find_agenda_item (meeting, item_id));
  if (heard)
    {
      pln_floor_stamp_now (&now);
      pln_speaker_log (speaker, PLN_SPEAKER_EVENT_STARTED, &now);
      pln_speaker_log (speaker, PLN_SPEAKER_EVENT_ENDED, &now);
    }
  pln_sitting_insert_speaker (sitting, G_MAXUINT, speaker);
}

static void
set_status (PlnRecommendation       *rec,
            PlnRecommendationStatus  status)
{
  pln_recommendation_set_status (rec, status);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  PlnMeeting *meeting;
  PlnRecommendation *merged_into;
  PlnRecommendation *merged;
  PlnRecommendation *homeless;

  fixture->workspace = pln_demo_new_workspace ();
  fixture->meeting = meeting = pln_workspace_find_meeting (fixture->workspace, "m-wg-7-2022");
  import_registrations (meeting);

  /* Three agreed, made in this order: item 3's first. */
  merged_into = pln_test_add_recommendation (meeting, "m-wg-7-2022-i3", 0,
                                             "States should share national investigative procedures.", "Egypt");
  set_status (merged_into, PLN_RECOMMENDATION_STATUS_AGREED);
  set_status (pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 0,
                                           "States should cooperate with shipping companies.", "France"),
              PLN_RECOMMENDATION_STATUS_AGREED);
  set_status (pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 1,
                                           "States should engage financial service providers.", NULL),
              PLN_RECOMMENDATION_STATUS_AGREED);

  /* What never reaches the report. */
  set_status (pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 0, "A withdrawn recommendation.", "Cuba"),
              PLN_RECOMMENDATION_STATUS_WITHDRAWN);
  merged = pln_test_add_recommendation (meeting, "m-wg-7-2022-i3", 1, "A merged recommendation.", "Egypt");
  set_status (merged, PLN_RECOMMENDATION_STATUS_MERGED);
  pln_recommendation_set_merged_into (merged, pln_recommendation_get_id (merged_into));
  pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 1, "A recommendation only proposed.", "France");
  set_status (pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 1, "One in the non-paper.", "France"),
              PLN_RECOMMENDATION_STATUS_IN_NON_PAPER);
  homeless = pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 1, "An agreed recommendation without an item.",
                                          NULL);
  pln_recommendation_set_agenda_item (homeless, NULL);
  set_status (homeless, PLN_RECOMMENDATION_STATUS_AGREED);

  /* Statements: by registration, typed in other capitals, typed with
   * no registration, an organization, one inscribed but never heard. */
  add_speaker (meeting, 1, "m-wg-7-2022-i2", "France", TRUE, TRUE);
  add_speaker (meeting, 1, "m-wg-7-2022-i2", "EGYPT", FALSE, TRUE);
  add_speaker (meeting, 1, "m-wg-7-2022-i2", "Narnia", FALSE, TRUE);
  add_speaker (meeting, 1, "m-wg-7-2022-i2", "International Organization for Migration", FALSE, TRUE);
  add_speaker (meeting, 1, "m-wg-7-2022-i2", "France", TRUE, TRUE);
  add_speaker (meeting, 2, "m-wg-7-2022-i3", "Migrants Aid Network", FALSE, TRUE);
  add_speaker (meeting, 2, "m-wg-7-2022-i3", "Cuba", FALSE, FALSE);

  pln_agenda_item_set_summary (pln_meeting_find_agenda_item (meeting, "m-wg-7-2022-i2"),
                               "The Chair introduced the item.¹\n\n"
                               "Several speakers stressed cooperation with the private sector.\n\n"
                               "¹ The background paper is CTOC/COP/WG.7/2022/2.");
  pln_meeting_set_agenda_symbol (meeting, "CTOC/COP/WG.7/2022/1");
  pln_meeting_set_report_symbol (meeting, REPORT_SYMBOL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->workspace);
}

static char *
report_text (PlnMeeting *meeting)
{
  g_autoptr(PlnDocument) document = pln_report_document_new (meeting);

  return pln_test_document_text (document);
}

/* The text without its line breaks and with single spaces, so that a
 * sentence wrapped by the text export, or a label padded, is found whole. */
static char *
report_flat_text (PlnMeeting *meeting)
{
  g_autofree char *text = report_text (meeting);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *flat = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (lines[i], " ", -1);

      for (guint w = 0; words[w] != NULL; w++)
        if (*words[w] != '\0')
          g_string_append_printf (flat, "%s%s", flat->len > 0 ? " " : "", words[w]);
    }

  return g_string_free (flat, FALSE);
}

static void
test_structure (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *text = report_flat_text (fixture->meeting);
  static const char * const pieces[] = {
    REPORT_SYMBOL,
    "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
    "Distr.: General", "28 June 2022", "Original: English",
    "Report on the meeting of the Working Group on the Smuggling of Migrants held in Vienna on 27 and 28 June 2022",
    "I. Recommendations",
    "1. At its meeting, the Working Group adopted the following recommendations:",
    "A. Good practices in cooperating with the private sector",
    "2. States should cooperate with shipping companies.",
    "3. States should engage financial service providers.",
    "B. Sharing national procedures to investigate the smuggling of migrants",
    "4. States should share national investigative procedures.",
    "II. Summary of deliberations*",
    "A. Good practices in cooperating with the private sector",
    "5. The Chair introduced the item.¹",
    "6. Several speakers stressed cooperation with the private sector.",
    "7. Statements were made by representatives of the following States parties: Egypt, France and Narnia. "
    "A statement was also made by an observer for the following intergovernmental organization: "
    "International Organization for Migration.",
    "¹ The background paper is CTOC/COP/WG.7/2022/2.",
    "B. Sharing national procedures",
    "8. A statement was made by an observer for the following non-governmental organization: Migrants Aid Network.",
    "* In accordance with the organization of work, the summary of deliberations is a summary by the Chair",
    "III. Organization of the meeting",
    "A. Opening and duration of the meeting",
    "9. The Working Group held its ninth meeting in Vienna, at the Vienna International Centre, on 27 and 28 June "
    "2022, in person. The meeting was opened on Monday, 27 June 2022, at 10 a.m. It held four plenary meetings.",
    "B. Statements",
    "10. Statements were made by representatives of the following States parties: Egypt, France and Narnia.",
    "C. Adoption of the agenda and organization of work",
    "11. At its 1st plenary meeting, on 27 June 2022, the Working Group adopted its organization of work and the "
    "following agenda:",
    "1. Organizational matters:", "(a) Opening of the meeting;", "(b) Adoption of the agenda and organization of work.",
    "6. Adoption of the report.",
    "D. Attendance",
    "12. The following States parties were represented at the meeting: Côte d’Ivoire, Cuba, Egypt and France.",
    "13. The following State was represented by an observer: Holy See.",
    "14. The following intergovernmental organization was represented by an observer: "
    "International Organization for Migration.",
    "15. The following non-governmental organization was represented by an observer: Migrants Aid Network.",
    "16. The meeting was attended by 8 participants: 5 in person and 3 online.",
    "E. Documentation",
    "17. The Working Group had before it the following documents:",
    "(a) Annotated provisional agenda (CTOC/COP/WG.7/2022/1);",
    "(b) Background paper prepared by the Secretariat on good practices in cooperating with the private sector to "
    "prevent and combat the smuggling of migrants (CTOC/COP/WG.7/2022/2);",
    "(c) Background paper prepared by the Secretariat on national procedures",
    "(CTOC/COP/WG.7/2022/3).",
    "IV. Adoption of the report",
    "18. At its 4th plenary meeting, on 28 June 2022, the Working Group adopted the report on its meeting.",
    NULL
  };

  g_test_message ("%s", text);
  pln_test_assert_in_order (text, pieces);
  /* The paragraph numbers run on to the end, with no other 19. */
  g_assert_null (strstr (text, " 19. "));
}

/* Each attending State once, under its category; the cancelled and the
 * only requested nowhere; the State heard without a registration is
 * among those who spoke, not those who attended. */
static void
test_attendance (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *text = report_flat_text (fixture->meeting);
  g_autoptr(PlnReportAttendance) attendance = pln_report_attendance_new (fixture->meeting);
  const char *attended = strstr (text, "D. Attendance");

  g_assert_nonnull (attended);
  g_assert_cmpuint (pln_test_count (attended, "Egypt"), ==, 1);
  g_assert_cmpuint (pln_test_count (attended, "France"), ==, 1);
  g_assert_cmpuint (pln_test_count (attended, "Narnia"), ==, 0);
  g_assert_null (strstr (text, "Norway"));
  g_assert_null (strstr (text, "Peru"));

  g_assert_cmpuint (attendance->delegations[PLN_REGISTRATION_CATEGORY_STATE_PARTY]->len, ==, 4);
  g_assert_cmpstr (attendance->delegations[PLN_REGISTRATION_CATEGORY_STATE_PARTY]->pdata[0], ==, "Côte d’Ivoire");
  g_assert_cmpstr (attendance->delegations[PLN_REGISTRATION_CATEGORY_STATE_PARTY]->pdata[1], ==, "Cuba");
  g_assert_cmpuint (attendance->n_in_person, ==, 5);
  g_assert_cmpuint (attendance->n_online, ==, 3);

  /* Cancelled after all: no longer counted. */
  pln_registration_set_status (find_registration (fixture->meeting, "France"), PLN_REGISTRATION_STATUS_CANCELLED);
  g_clear_pointer (&text, g_free);
  text = report_flat_text (fixture->meeting);
  g_assert_nonnull (strstr (text, "represented at the meeting: Côte d’Ivoire, Cuba and Egypt."));
  g_assert_nonnull (strstr (text, "The meeting was attended by 7 participants: 4 in person and 3 online."));
}

static void
test_left_out (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *text = report_flat_text (fixture->meeting);
  static const char * const never[] = {
    "withdrawn", "merged recommendation", "only proposed", "in the non-paper", "without an item", NULL
  };

  for (guint i = 0; never[i] != NULL; i++)
    g_assert_null (strstr (text, never[i]));
  /* Cuba was inscribed but never had the floor: it is among those who
   * attended, not those who spoke. */
  {
    const char *spoke = strstr (text, "II. Summary");
    const char *attended = strstr (text, "D. Attendance");
    g_autofree char *speaking = g_strndup (spoke, attended - spoke);

    g_assert_null (strstr (speaking, "Cuba"));
    g_assert_nonnull (strstr (attended, "Cuba"));
  }
}

static gboolean
has_problem (GPtrArray            *problems,
             PlnReportProblemKind  kind,
             const char           *subject)
{
  for (guint i = 0; i < problems->len; i++)
    {
      PlnReportProblem *problem = problems->pdata[i];

      if (problem->kind == kind && g_strcmp0 (problem->subject, subject) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_problems (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) problems = pln_report_dup_problems (fixture->meeting);
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_true (has_problem (problems, PLN_REPORT_PROBLEM_NO_ITEM, "An agreed recommendation without an item."));
  g_assert_true (has_problem (problems, PLN_REPORT_PROBLEM_NOT_REGISTERED, "Narnia"));

  /* Without its symbol, the report says so and its header has none. */
  pln_meeting_set_report_symbol (fixture->meeting, NULL);
  after = pln_report_dup_problems (fixture->meeting);
  g_assert_cmpuint (after->len, ==, 3);
  g_assert_true (has_problem (after, PLN_REPORT_PROBLEM_NO_SYMBOL, NULL));
  text = report_text (fixture->meeting);
  g_assert_null (strstr (text, "CTOC/COP/WG.7/2022/4"));
  g_assert_true (g_str_has_prefix (text, "Conference of the Parties"));
}

/* A delegation without a registration, typed twice in other capitals,
 * is one delegation: named once among those who spoke, one problem. */
static void
test_unregistered_once (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *said = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  add_speaker (fixture->meeting, 2, "m-wg-7-2022-i2", "NARNIA", FALSE, TRUE);
  add_speaker (fixture->meeting, 3, "m-wg-7-2022-i2", "narnia", FALSE, TRUE);

  said = pln_report_dup_statements_text (fixture->meeting,
                                         pln_meeting_find_agenda_item (fixture->meeting, "m-wg-7-2022-i2"));
  g_assert_cmpuint (pln_test_count (said, "Narnia") + pln_test_count (said, "NARNIA") + pln_test_count (said, "narnia"),
                    ==, 1);
  g_assert_nonnull (strstr (said, "States parties: Egypt, France and Narnia."));

  problems = pln_report_dup_problems (fixture->meeting);
  g_assert_cmpuint (problems->len, ==, 2);
}

/* A last plenary meeting without a date of its own: the report is
 * adopted on the meeting's last day. */
static void
test_adoption_date (Fixture       *fixture,
                    gconstpointer  data)
{
  GListModel *sittings = pln_meeting_get_sittings (fixture->meeting);
  g_autoptr(PlnSitting) last = g_list_model_get_item (sittings, g_list_model_get_n_items (sittings) - 1);
  g_autofree char *text = NULL;

  pln_sitting_set_date (last, NULL);
  text = report_flat_text (fixture->meeting);
  g_assert_nonnull (strstr (text, "At its 4th plenary meeting, on 28 June 2022, the Working Group adopted the report"));
}

/* The text as built in the C locale, then in @locale: the same, or the
 * test says the locale is missing (make locales generates it). */
static void
assert_same_in (PlnMeeting *meeting,
                const char *english,
                const char *locale,
                const char *language)
{
  g_autofree char *text = NULL;

  if (setlocale (LC_ALL, locale) == NULL)
    {
      if (g_strcmp0 (g_getenv ("CI"), "true") == 0)
        g_test_fail_printf ("the locale %s is missing, and CI is true: run make locales", locale);
      else
        g_test_message ("the locale %s is missing: not compared", locale);
      return;
    }

  g_setenv ("LANGUAGE", language, TRUE);
  text = report_text (meeting);
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "en", TRUE);
  g_assert_cmpstr (text, ==, english);
}

static void
test_english_in_every_language (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *english = report_text (fixture->meeting);

  assert_same_in (fixture->meeting, english, "fr_FR.UTF-8", "fr");
  assert_same_in (fixture->meeting, english, "ar_EG.UTF-8", "ar");
}

/* The PDF's text and the DOCX's and ODT's XML have the report's parts in
 * order; LibreOffice opens the DOCX and the ODT. (That every character of
 * each format is the document's is test-document-words'.) */
static void
test_formats (Fixture       *fixture,
              gconstpointer  data)
{
  static const char * const pieces[] = {
    REPORT_SYMBOL, "Report on the meeting of the",
    "I. Recommendations", "II. Summary of deliberations", "III. Organization of the meeting",
    "Côte d’Ivoire", "CTOC/COP/WG.7/2022/3", "IV. Adoption of the report", NULL
  };
  g_autoptr(PlnDocument) document = pln_report_document_new (fixture->meeting);
  g_autofree char *pdf = pln_test_export (document, PLN_DOCUMENT_FORMAT_PDF, "report.pdf");
  g_autofree char *docx = pln_test_export (document, PLN_DOCUMENT_FORMAT_DOCX, "report.docx");
  g_autofree char *odt = pln_test_export (document, PLN_DOCUMENT_FORMAT_ODT, "report.odt");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *word = pln_test_zip_file_member (docx, "word/document.xml");
  g_autofree char *content = pln_test_zip_file_member (odt, "content.xml");

  if (pdftotext != NULL)
    {
      const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
      g_autofree char *extracted = NULL;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                                   NULL, NULL, &extracted, NULL, &status, NULL));
      g_assert_cmpint (status, ==, 0);
      pln_test_assert_in_order (extracted, pieces);
    }
  else
    g_test_message ("pdftotext is not installed: the PDF's text is not checked");

  pln_test_assert_in_order (word, pieces);
  pln_test_assert_in_order (content, pieces);
  g_free (pln_test_libreoffice_to_pdf (docx));
  g_free (pln_test_libreoffice_to_pdf (odt));
}

/* A meeting with nothing yet: no dates, agenda, registrations or plenary
 * meetings. The report says what it can. */
static void
test_empty_meeting (void)
{
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  g_autofree char *text = NULL;
  static const char * const pieces[] = {
    "Distr.: General", "Report on the meeting", "1. No recommendations have been agreed.",
    "2. The Chair’s summary of the deliberations has not been written yet.",
    "3. The Working Group held its meeting, in person.", NULL
  };

  text = report_flat_text (meeting);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "The Working Group adopted its organization of work and the following agenda:"));
  g_assert_nonnull (strstr (text, "No registration for the meeting has been confirmed."));
  g_assert_nonnull (strstr (text, "No documents were issued for the meeting."));
  g_assert_nonnull (strstr (text, "The Working Group adopted the report on its meeting."));
  pln_test_assert_in_order (text, pieces);
}

int
main (int   argc,
      char *argv[])
{
  pln_test_init_home ();
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/report/structure", Fixture, NULL, fixture_set_up, test_structure, fixture_tear_down);
  g_test_add ("/report/attendance", Fixture, NULL, fixture_set_up, test_attendance, fixture_tear_down);
  g_test_add ("/report/left-out", Fixture, NULL, fixture_set_up, test_left_out, fixture_tear_down);
  g_test_add ("/report/problems", Fixture, NULL, fixture_set_up, test_problems, fixture_tear_down);
  g_test_add ("/report/adoption-date", Fixture, NULL, fixture_set_up, test_adoption_date, fixture_tear_down);
  g_test_add ("/report/unregistered-once", Fixture, NULL, fixture_set_up, test_unregistered_once, fixture_tear_down);
  g_test_add ("/report/english-in-every-language", Fixture, NULL, fixture_set_up, test_english_in_every_language,
              fixture_tear_down);
  g_test_add ("/report/formats", Fixture, NULL, fixture_set_up, test_formats, fixture_tear_down);
  g_test_add_func ("/report/empty-meeting", test_empty_meeting);

  return g_test_run ();
}
