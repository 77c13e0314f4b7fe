/* test-public-edition.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "plenary-core.h"
#include "pln-test-util.h"

/* The public edition of a workspace (storage/pln-public-edition*.c): a
 * workspace holding every kind of personal data and every kind of
 * recommendation is published, and every byte written is searched (the
 * JSON, and the PDFs' text through pdftotext) for what must not be in it;
 * what must be in it is found. Then it is read back read-only, published
 * again, and edited by hand. */

#define MEETING "m-wg-7-2022"

/* Each must be nowhere in what is published. */
static const char * const secrets[] = {
  "amina.diallo@example.org",
  "j.smith@mfa.example",
  "Amina Diallo",
  "Proposed only: states should consider a registry",
  "Withdrawn: states should abolish visas",
  "Unshared day 2: states should pool data",
  "Made after sharing: states should train judges",
  "Draft summary of the deliberations",
  "/home/officer/statements/secret-statement.pdf",
  "Delegation of Xanadu",
  "/home/officer/exports/non-paper-day1.pdf",
  NULL
};

#define SHARED_TEXT "Shared on day 1: States parties should share good practices"
#define AGREED_TEXT "Agreed on day 2: States parties should report yearly"

static void
add_registration (PlnMeeting *meeting,
                  const char *name,
                  const char *email)
{
  g_autoptr(PlnRegistration) registration = pln_registration_new ();

  pln_registration_set_name (registration, name);
  pln_registration_set_email (registration, email);
  pln_registration_set_delegation (registration, "Xanadu");
  pln_meeting_append_registration (meeting, registration);
}

/* The demo workspace, with registrations, a list of speakers, a written
 * statement, a draft summary and recommendations of every status; the
 * non-paper of day 1 is marked as shared. */
static PlnWorkspace *
make_workspace (void)
{
  PlnWorkspace *workspace = pln_demo_new_workspace ();
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, MEETING);
  g_autoptr(PlnSitting) sitting = g_list_model_get_item (pln_meeting_get_sittings (meeting), 0);
  g_autoptr(PlnSpeaker) speaker = pln_speaker_new ();
  g_autoptr(PlnStatement) statement = pln_statement_new ("/home/officer/statements/secret-statement.pdf");
  g_autoptr(GListStore) statements = NULL;
  g_autoptr(GDateTime) later = NULL;
  PlnRecommendation *rec;
  GDate day1;

  add_registration (meeting, "Amina Diallo", "amina.diallo@example.org");
  add_registration (meeting, "John Smith", "j.smith@mfa.example");
  pln_speaker_set_delegation (speaker, "Xanadu");
  pln_sitting_insert_speaker (sitting, G_MAXUINT, speaker);
  g_object_get (meeting, "statements", &statements, NULL);
  pln_statement_set_delegation (statement, "Xanadu");
  g_list_store_append (statements, statement);
  pln_agenda_item_set_summary (pln_meeting_find_agenda_item (meeting, "m-wg-7-2022-i2"),
                               "Draft summary of the deliberations");

  pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 0, "Proposed only: states should consider a registry", NULL);
  rec = pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 0, SHARED_TEXT, "Delegation of Xanadu");
  pln_recommendation_set_status (rec, PLN_RECOMMENDATION_STATUS_IN_NON_PAPER);
  rec = pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 0, "Withdrawn: states should abolish visas", NULL);
  pln_recommendation_set_status (rec, PLN_RECOMMENDATION_STATUS_WITHDRAWN);
  rec = pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 1, "Unshared day 2: states should pool data", NULL);
  pln_recommendation_set_status (rec, PLN_RECOMMENDATION_STATUS_IN_NON_PAPER);
  rec = pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 1, AGREED_TEXT, NULL);
  pln_recommendation_set_status (rec, PLN_RECOMMENDATION_STATUS_AGREED);

  pln_meeting_get_day (meeting, 0, &day1);
  pln_meeting_record_export (meeting, &day1, "pdf", "/home/officer/exports/non-paper-day1.pdf");
  pln_meeting_mark_shared (meeting, &day1);

  /* Made on day 1 after its non-paper was shared: not in it. */
  later = g_date_time_add_hours (pln_meeting_get_shared_time (meeting, &day1), 1);
  rec = pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 0, "Made after sharing: states should train judges", NULL);
  pln_recommendation_set_status (rec, PLN_RECOMMENDATION_STATUS_IN_NON_PAPER);
  pln_recommendation_set_created (rec, later);

  return workspace;
}

static gboolean
publish (PlnWorkspace     *workspace,
         const char       *folder,
         gboolean          with_sources,
         PlnPublishResult *result,
         GError          **error)
{
  g_autoptr(GBytes) full = pln_json_serialize_workspace (workspace);
  g_autoptr(GFile) file = g_file_new_for_path (folder);
  PlnPublicOptions options = { "UNODC Secretariat", with_sources };

  return pln_public_edition_publish (full, &options, file, result, NULL, error);
}

/* Every file under @folder, the PDFs as their text too, one after the
 * other. */
static void
append_all (const char *folder,
            GString    *all)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *data = NULL;
      gsize length;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          append_all (path, all);
          continue;
        }

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      g_string_append_len (all, data, length);
      if (g_str_has_suffix (name, ".pdf"))
        {
          const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
          g_autofree char *text = NULL;
          int status;

          text = pln_test_run (argv, &status);
          g_assert_nonnull (text);
          g_assert_true (g_spawn_check_wait_status (status, NULL));
          g_string_append (all, text);
        }
    }
}

static char *
pdf_text (const char *folder,
          const char *path)
{
  g_autofree char *file = g_build_filename (folder, path, NULL);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", file, "-", NULL };
  int status;
  char *text = pln_test_run (argv, &status);

  g_assert_nonnull (text);
  return text;
}

static void
test_no_personal_data (void)
{
  g_autoptr(PlnWorkspace) workspace = make_workspace ();
  g_autofree char *folder = pln_test_make_folder ();
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *non_paper = NULL;
  const char *shared;
  PlnPublishResult result;

  g_assert_true (publish (workspace, folder, FALSE, &result, &error));
  g_assert_no_error (error);
  /* Two agendas (the demo's two meetings) and day 1's non-paper. */
  g_assert_cmpuint (result.written, ==, 3);
  g_assert_true (result.edition_written);

  append_all (folder, all);
  for (guint i = 0; secrets[i] != NULL; i++)
    if (strstr (all->str, secrets[i]) != NULL)
      g_test_fail_printf ("“%s” is in the public edition", secrets[i]);
  g_assert_null (strstr (all->str, "\"email\""));
  g_assert_null (strstr (all->str, "source_registration"));

  /* The shared non-paper, numbered, and the agreed recommendation. */
  non_paper = pdf_text (folder, "documents/wg7-2022-non-paper-day1.pdf");
  g_assert_nonnull (strstr (non_paper, "Non-paper"));
  shared = strstr (non_paper, "Shared on day 1");
  g_assert_nonnull (shared);
  g_assert_nonnull (g_strrstr_len (non_paper, shared - non_paper, "1."));
  g_assert_cmpuint (pln_test_count (all->str, AGREED_TEXT), >=, 1);
  g_assert_true (g_file_test (g_build_filename (folder, "documents", "wg7-2022-agenda.pdf", NULL), G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (g_build_filename (folder, "documents", "wg4-2018-agenda.pdf", NULL), G_FILE_TEST_EXISTS));
}

/* The chair chose to show who made each recommendation: the source of
 * the shared one is published, and nothing else changes. */
static void
test_sources_when_chosen (void)
{
  g_autoptr(PlnWorkspace) workspace = make_workspace ();
  g_autofree char *folder = pln_test_make_folder ();
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *non_paper = NULL;

  g_assert_true (publish (workspace, folder, TRUE, NULL, &error));
  g_assert_no_error (error);
  non_paper = pdf_text (folder, "documents/wg7-2022-non-paper-day1.pdf");
  g_assert_nonnull (strstr (non_paper, "Xanadu"));
  append_all (folder, all);
  g_assert_null (strstr (all->str, "amina.diallo@example.org"));
  g_assert_null (strstr (all->str, "Proposed only"));
}

static gboolean
store_idle (gpointer user_data)
{
  return !pln_store_get_busy (user_data);
}

static gboolean
set_flag_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
flag_set (gpointer user_data)
{
  return *(gboolean *) user_data;
}

/* The full loader reads the edition, marks it read-only, and never
 * writes it: neither a save nor an autosave after an edit. */
static void
test_round_trip_read_only (void)
{
  g_autoptr(PlnWorkspace) workspace = make_workspace ();
  g_autofree char *folder = pln_test_make_folder ();
  g_autofree char *path = g_build_filename (folder, PLN_PUBLIC_EDITION_FILE, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PlnStore) store = pln_store_new (file);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  PlnWorkspace *edition;
  PlnMeeting *meeting;
  GListModel *documents;
  guint n_files;

  g_assert_true (publish (workspace, folder, FALSE, NULL, &error));
  before = pln_test_read_bytes (path);
  n_files = pln_test_count_files (folder);

  g_assert_true (pln_store_load (store, NULL, &error));
  g_assert_no_error (error);
  edition = pln_store_get_workspace (store);
  g_assert_true (pln_workspace_is_read_only (edition));
  g_assert_cmpint (pln_workspace_get_edition (edition), ==, PLN_EDITION_PUBLIC);
  g_assert_cmpstr (pln_workspace_get_publisher (edition), ==, "UNODC Secretariat");
  g_assert_nonnull (pln_workspace_get_published (edition));

  /* Every meeting, its plenary meetings and its agenda. */
  g_assert_cmpuint (g_list_model_get_n_items (pln_workspace_get_meetings (edition)), ==,
                    g_list_model_get_n_items (pln_workspace_get_meetings (workspace)));
  meeting = pln_workspace_find_meeting (edition, MEETING);
  g_assert_nonnull (meeting);
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_agenda (meeting)), ==,
                    g_list_model_get_n_items (pln_meeting_get_agenda (pln_workspace_find_meeting (workspace, MEETING))));
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_sittings (meeting)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_registrations (meeting)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_recommendations (meeting)), ==, 2);
  documents = pln_workspace_get_documents (edition);
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 3);

  g_assert_false (pln_store_save (store, NULL, &error));
  g_assert_error (error, PLN_ERROR, PLN_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* An autosave would run 1 ms after the edit: the main loop runs past
   * a timer of 20 ms, then past any save in progress. */
  pln_store_set_autosave_delay (store, 1);
  pln_workspace_set_title (edition, "Edited by the reader");
  g_assert_true (pln_store_get_dirty (store));
  {
    gboolean passed = FALSE;

    g_timeout_add (20, set_flag_cb, &passed);
    g_assert_true (pln_test_wait_until (flag_set, &passed, 2000));
  }
  g_assert_true (pln_test_wait_until (store_idle, store, 2000));
  g_assert_true (pln_store_flush (store, &error));

  after = pln_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpuint (pln_test_count_files (folder), ==, n_files);
}

/* Publishing again: nothing changed, nothing written; an agenda changed,
 * that agenda and the edition written; a non-paper no longer shared,
 * its document removed. */
static void
test_republish (void)
{
  g_autoptr(PlnWorkspace) workspace = make_workspace ();
  g_autofree char *folder = pln_test_make_folder ();
  g_autofree char *path = g_build_filename (folder, PLN_PUBLIC_EDITION_FILE, NULL);
  g_autofree char *non_paper = g_build_filename (folder, "documents", "wg7-2022-non-paper-day1.pdf", NULL);
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, MEETING);
  PlnPublishResult result;
  GListStore *exports;

  g_assert_true (publish (workspace, folder, FALSE, &result, &error));
  first = pln_test_read_bytes (path);

  g_assert_true (publish (workspace, folder, FALSE, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.written, ==, 0);
  g_assert_cmpuint (result.kept, ==, 3);
  g_assert_false (result.edition_written);
  second = pln_test_read_bytes (path);
  g_assert_true (g_bytes_equal (first, second));

  /* The agenda and the non-paper show the item's title; the 2018
   * meeting's agenda does not. */
  pln_agenda_item_set_title (pln_meeting_find_agenda_item (meeting, "m-wg-7-2022-i2"), "A new title of item 2");
  g_assert_true (publish (workspace, folder, FALSE, &result, &error));
  g_assert_cmpuint (result.written, ==, 2);
  g_assert_cmpuint (result.kept, ==, 1);
  g_assert_true (result.edition_written);

  exports = G_LIST_STORE (pln_meeting_get_exports (meeting));
  g_list_store_remove_all (exports);
  g_assert_true (publish (workspace, folder, FALSE, &result, &error));
  g_assert_cmpuint (result.removed, ==, 1);
  g_assert_false (g_file_test (non_paper, G_FILE_TEST_EXISTS));
}

/* A registration added by hand to an edition: the loader refuses it,
 * naming where; and a folder holding a workspace that is not a public
 * edition is not published into. */
static void
test_refused (void)
{
  g_autoptr(PlnWorkspace) workspace = make_workspace ();
  g_autofree char *folder = pln_test_make_folder ();
  g_autofree char *path = g_build_filename (folder, PLN_PUBLIC_EDITION_FILE, NULL);
  g_autoptr(GBytes) full = pln_json_serialize_workspace (workspace);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(PlnWorkspace) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GString) edited = NULL;
  char *registrations;

  g_assert_true (publish (workspace, folder, FALSE, NULL, &error));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  edited = g_string_new (contents);
  registrations = strstr (edited->str, "\"registrations\" : []");
  g_assert_nonnull (registrations);
  g_string_insert (edited, registrations - edited->str + strlen ("\"registrations\" : ["),
                   "{ \"id\" : \"r-by-hand\", \"name\" : \"Amina Diallo\", \"email\" : \"amina.diallo@example.org\" }");
  read = pln_json_parse_workspace (edited->str, edited->len, &error);
  g_assert_null (read);
  g_assert_error (error, PLN_ERROR, PLN_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "registrations"));
  g_clear_error (&error);

  /* The secretariat's own workspace where the edition would go. */
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (full, NULL), g_bytes_get_size (full), NULL));
  before = pln_test_read_bytes (path);
  g_assert_false (publish (workspace, folder, FALSE, NULL, &error));
  g_assert_error (error, PLN_ERROR, PLN_ERROR_INVALID);
  {
    g_autoptr(GBytes) after = pln_test_read_bytes (path);

    g_assert_true (g_bytes_equal (before, after));
  }
}

int
main (int    argc,
      char **argv)
{
  pln_test_init_home ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/public-edition/no-personal-data", test_no_personal_data);
  g_test_add_func ("/public-edition/sources-when-chosen", test_sources_when_chosen);
  g_test_add_func ("/public-edition/round-trip-read-only", test_round_trip_read_only);
  g_test_add_func ("/public-edition/republish", test_republish);
  g_test_add_func ("/public-edition/refused", test_refused);

  return g_test_run ();
}
