/* test-dav.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plenary-core.h"
#include "pln-file-io.h"
#include "pln-json.h"
#include "pln-test-dav.h"
#include "pln-test-util.h"

/* One workspace on a real WebDAV share (apache2 and mod_dav, through
 * GVfs), opened by two stores as by two officers: the different edits of
 * both end up in the server's file, a conflict waits for a choice, no save
 * overwrites another, and a stale ETag is refused by the server and met by
 * a merge. What is on the server is read from its document root on disk,
 * not through the share. */

#define WAIT_MS 60000

/* In a folder of the share, as a secretariat keeps it: GVfs mounts that
 * folder (it mounts folders, not files). */
#define WORKSPACE "secretariat/workspace.json"

typedef struct
{
  char       *folder;
  PlnTestDav *dav;
  GFile      *file;     /* dav://…/workspace.json */
  char       *path;     /* that file in the server's document root */
  PlnStore   *store;
  PlnStore   *other;
} Fixture;

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  pln_store_load_finish (PLN_STORE (object), result, &error);
  g_object_set_data (object, "loaded", GINT_TO_POINTER (1));
}

static gboolean
loaded (gpointer store)
{
  return g_object_get_data (store, "loaded") != NULL;
}

/* A store of the share's workspace, read in a worker, as the window does. */
static PlnStore *
open_store (Fixture *fixture)
{
  g_autoptr(PlnStore) store = pln_store_new (fixture->file);

  pln_store_load_async (store, NULL, load_done_cb, NULL);
  g_assert_true (pln_store_get_busy (store));
  g_assert_true (pln_test_wait_until (loaded, store, WAIT_MS));
  g_assert_no_error ((GError *) pln_store_get_error (store));
  g_assert_nonnull (pln_store_get_workspace (store));

  /* Autosaves would race the saves the test makes. */
  pln_store_set_autosave_delay (store, 0);
  return g_steal_pointer (&store);
}

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (1, 2022);
  g_autoptr(PlnStore) local = NULL;
  g_autoptr(GFile) on_disk = NULL;
  g_autofree char *why_not = NULL;

  fixture->folder = pln_test_make_folder ();
  fixture->dav = pln_test_dav_new (fixture->folder, &why_not);
  if (fixture->dav == NULL)
    {
      g_test_skip (why_not);
      return;
    }

  /* The workspace is put on the server through its document root. */
  fixture->path = pln_test_dav_get_path (fixture->dav, WORKSPACE);
  on_disk = g_file_new_for_path (fixture->path);
  local = pln_store_new (on_disk);
  pln_test_store_save_workspace (local, workspace);

  fixture->file = pln_test_dav_get_file (fixture->dav, WORKSPACE);
  fixture->store = open_store (fixture);
  fixture->other = open_store (fixture);
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  if (fixture->other != NULL)
    g_assert_finalize_object (fixture->other);
  if (fixture->store != NULL)
    g_assert_finalize_object (fixture->store);
  g_clear_object (&fixture->file);
  g_clear_pointer (&fixture->dav, pln_test_dav_free);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->folder, g_free);
}

static PlnMeeting *
meeting (PlnWorkspace *workspace,
         guint         position)
{
  g_autoptr(PlnMeeting) found = g_list_model_get_item (pln_workspace_get_meetings (workspace), position);

  return found;
}

static PlnRecommendation *
recommendation (PlnWorkspace *workspace)
{
  g_autoptr(PlnRecommendation) found = g_list_model_get_item (pln_meeting_get_recommendations (meeting (workspace, 0)), 3);

  return found;
}

#define MEETING(store, position) meeting (pln_store_get_workspace (store), position)
#define RECOMMENDATION(store) recommendation (pln_store_get_workspace (store))

/* What the server has: read from its document root, which also shows
 * that the file is whole (it parses). */
static PlnWorkspace *
on_server (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  PlnWorkspace *workspace;
  gsize length;

  g_assert_true (g_file_get_contents (fixture->path, &data, &length, &error));
  workspace = pln_json_parse_workspace (data, length, &error);
  g_assert_no_error (error);
  return workspace;
}

static void
test_both_orders (Fixture       *fixture,
                  gconstpointer  data)
{
  gboolean other_first = GPOINTER_TO_INT (data);
  PlnStore *first = other_first ? fixture->other : fixture->store;
  PlnStore *second = other_first ? fixture->store : fixture->other;
  g_autoptr(PlnWorkspace) server = NULL;
  g_autoptr(GError) error = NULL;

  if (fixture->dav == NULL)
    return;

  pln_meeting_set_venue (MEETING (first, 0), "Venue of the first");
  pln_recommendation_set_text (RECOMMENDATION (first), "The first's text.");
  pln_meeting_set_venue (MEETING (second, 1), "Venue of the second");
  pln_recommendation_set_text (RECOMMENDATION (second), "The second's text.");

  g_assert_true (pln_test_store_save_async (first, &error));
  g_assert_no_error (error);
  server = on_server (fixture);
  g_assert_cmpstr (pln_meeting_get_venue (meeting (server, 0)), ==, "Venue of the first");

  /* The second meets the first's save through the server's ETag: the
   * other meeting merges in, the recommendation waits for a choice, and
   * the server's file is still the first's. */
  g_assert_false (pln_test_store_save_async (second, &error));
  g_assert_error (error, PLN_ERROR, PLN_ERROR_CHANGED);
  g_clear_error (&error);
  g_assert_cmpstr (pln_meeting_get_venue (MEETING (second, 0)), ==, "Venue of the first");
  g_assert_nonnull (pln_store_get_merge (second));
  g_assert_cmpuint (pln_merge_get_n_conflicts (pln_store_get_merge (second)), ==, 1);
  g_assert_cmpstr (pln_merge_get_conflict (pln_store_get_merge (second), 0)->theirs, ==, "The first's text.");
  g_clear_object (&server);
  server = on_server (fixture);
  g_assert_cmpstr (pln_recommendation_get_text (recommendation (server)), ==, "The first's text.");
  g_assert_cmpstr (pln_meeting_get_venue (meeting (server, 1)), !=, "Venue of the second");

  /* The second keeps its own text, and the save goes through. */
  pln_store_resolve (second, 0, PLN_MERGE_CHOICE_MINE);
  pln_store_finish_merge (second);
  g_assert_true (pln_test_store_save_async (second, &error));
  g_assert_no_error (error);

  g_clear_object (&server);
  server = on_server (fixture);
  g_assert_cmpstr (pln_meeting_get_venue (meeting (server, 0)), ==, "Venue of the first");
  g_assert_cmpstr (pln_meeting_get_venue (meeting (server, 1)), ==, "Venue of the second");
  g_assert_cmpstr (pln_recommendation_get_text (recommendation (server)), ==, "The second's text.");

  /* The first saves again: it takes the second's changes in, and
   * overwrites none of them. */
  pln_meeting_set_city (MEETING (first, 2), "Geneva");
  g_assert_true (pln_test_store_save_async (first, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pln_recommendation_get_text (RECOMMENDATION (first)), ==, "The second's text.");
  g_assert_cmpstr (pln_meeting_get_venue (MEETING (first, 1)), ==, "Venue of the second");

  g_clear_object (&server);
  server = on_server (fixture);
  g_assert_cmpstr (pln_meeting_get_venue (meeting (server, 1)), ==, "Venue of the second");
  g_assert_cmpstr (pln_meeting_get_city (meeting (server, 2)), ==, "Geneva");
  g_assert_cmpstr (pln_recommendation_get_text (recommendation (server)), ==, "The second's text.");
}

/* The server itself refuses a write with an ETag it no longer has. */
static void
test_wrong_etag (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{}", 2);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *new_etag = NULL;
  g_autofree char *stale = NULL;

  if (fixture->dav == NULL)
    return;

  info = g_file_query_info (fixture->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  stale = g_strdup (g_file_info_get_etag (info));
  g_assert_nonnull (stale);

  /* Someone else saves (a new ETag)… */
  pln_meeting_set_venue (MEETING (fixture->other, 0), "Changed by the other");
  g_assert_true (pln_test_store_save_async (fixture->other, &error));
  g_assert_no_error (error);
  before = pln_test_read_bytes (fixture->path);

  /* …and a write with the old one is refused, changing nothing. */
  g_assert_false (pln_file_write_safely (fixture->file, bytes, PLN_WRITE_PRIVATE, stale, &new_etag, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_clear_error (&error);
  after = pln_test_read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));

  /* The store that still has the old ETag merges instead. */
  pln_meeting_set_city (MEETING (fixture->store, 1), "Changed by the store");
  g_assert_true (pln_test_store_save_async (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pln_meeting_get_venue (MEETING (fixture->store, 0)), ==, "Changed by the other");
  {
    g_autoptr(PlnWorkspace) server = on_server (fixture);

    g_assert_cmpstr (pln_meeting_get_venue (meeting (server, 0)), ==, "Changed by the other");
    g_assert_cmpstr (pln_meeting_get_city (meeting (server, 1)), ==, "Changed by the store");
  }
}

static gboolean
is_offline (gpointer store)
{
  return pln_store_get_state (store) == PLN_STORE_STATE_OFFLINE;
}

static gboolean
is_online (gpointer store)
{
  return pln_store_get_state (store) == PLN_STORE_STATE_ONLINE;
}

typedef struct
{
  PlnStore *store;
  guint     delay;
} Delay;

static gboolean
delay_grew (gpointer user_data)
{
  Delay *delay = user_data;

  return pln_store_get_retry_delay (delay->store) > delay->delay;
}

/* The local copy, as a workspace; also that it is its owner's only. */
static PlnWorkspace *
kept_copy (PlnStore *store)
{
  g_autoptr(GFile) copy = pln_store_get_offline_copy (store);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  PlnWorkspace *workspace;
  gsize length;

  info = g_file_query_info (copy, G_FILE_ATTRIBUTE_UNIX_MODE, G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE) & 0777, ==, 0600);
  g_assert_true (g_file_load_contents (copy, NULL, &data, &length, NULL, &error));
  workspace = pln_json_parse_workspace (data, length, &error);
  g_assert_no_error (error);
  return workspace;
}

/* Whether the autosave put the last edit of test_offline() in the copy. */
static gboolean
copy_has_edit (gpointer store)
{
  g_autoptr(GFile) copy = pln_store_get_offline_copy (store);
  g_autofree char *data = NULL;

  return !pln_store_get_busy (store) &&
         g_file_load_contents (copy, NULL, &data, NULL, NULL, NULL) &&
         strstr (data, "Kept too") != NULL;
}

/* The server stops during a save: the store goes offline and keeps every
 * edit in a local copy; a store that opens the workspace meanwhile opens
 * that copy, offline; once the server is back the edits are saved there,
 * merged with what another officer saved meanwhile, and the copy goes.
 * The server's file is whole at every step. */
static void
test_offline (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(PlnWorkspace) kept = NULL;
  g_autoptr(PlnWorkspace) server = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GError) error = NULL;
  Delay delay;

  if (fixture->dav == NULL)
    return;

  g_clear_object (&fixture->other);
  pln_store_set_retry_delay (fixture->store, 50);
  pln_meeting_set_venue (MEETING (fixture->store, 0), "Saved before");
  g_assert_true (pln_test_store_save_async (fixture->store, &error));
  g_assert_cmpint (pln_store_get_state (fixture->store), ==, PLN_STORE_STATE_ONLINE);

  pln_test_dav_stop (fixture->dav);
  before = pln_test_read_bytes (fixture->path);

  /* Not a failure: the edit is kept on this computer. */
  pln_meeting_set_venue (MEETING (fixture->store, 1), "Kept while offline");
  g_assert_true (pln_test_store_save_async (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_true (pln_test_wait_until (is_offline, fixture->store, WAIT_MS));
  g_assert_nonnull (pln_store_get_offline_since (fixture->store));
  g_assert_null (pln_store_get_error (fixture->store));
  g_assert_true (pln_store_get_dirty (fixture->store));
  kept = kept_copy (fixture->store);
  g_assert_cmpstr (pln_meeting_get_venue (meeting (kept, 1)), ==, "Kept while offline");

  /* Saving is tried again, each time after a longer wait. */
  delay.store = fixture->store;
  delay.delay = pln_store_get_retry_delay (fixture->store);
  g_assert_true (pln_test_wait_until (delay_grew, &delay, WAIT_MS));
  g_assert_true (is_offline (fixture->store));

  /* Each later edit goes into the copy too (the autosave of a window). */
  pln_store_set_autosave_delay (fixture->store, 10);
  pln_meeting_set_city (MEETING (fixture->store, 2), "Kept too");
  g_assert_true (pln_test_wait_until (copy_has_edit, fixture->store, WAIT_MS));
  g_clear_object (&kept);
  kept = kept_copy (fixture->store);

  /* The server's file was not touched, and is whole. */
  after = pln_test_read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));

  /* Another officer saves on the server meanwhile (through its folder). */
  {
    g_autoptr(GFile) on_disk = g_file_new_for_path (fixture->path);
    g_autoptr(PlnStore) officer = pln_store_new (on_disk);

    g_assert_true (pln_store_load (officer, NULL, &error));
    pln_meeting_set_city (MEETING (officer, 3), "Saved by another officer");
    g_assert_true (pln_store_save (officer, NULL, &error));
    g_assert_no_error (error);
  }

  /* The window is closed, and the workspace opened again, still offline:
   * the local copy is what opens. */
  g_assert_true (pln_store_flush (fixture->store, &error));
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  fixture->store = pln_store_new (fixture->file);
  pln_store_set_retry_delay (fixture->store, 50);
  g_assert_true (pln_store_load (fixture->store, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (is_offline (fixture->store));
  g_assert_cmpstr (pln_meeting_get_venue (MEETING (fixture->store, 1)), ==, "Kept while offline");
  g_assert_cmpstr (pln_meeting_get_city (MEETING (fixture->store, 2)), ==, "Kept too");

  /* The server is back: the store saves there by itself, merged. */
  pln_test_dav_start (fixture->dav);
  g_assert_true (pln_test_wait_until (is_online, fixture->store, WAIT_MS));
  g_assert_null (pln_store_get_error (fixture->store));
  g_assert_false (pln_store_get_dirty (fixture->store));
  g_assert_cmpstr (pln_meeting_get_city (MEETING (fixture->store, 3)), ==, "Saved by another officer");

  server = on_server (fixture);
  g_assert_cmpstr (pln_meeting_get_venue (meeting (server, 0)), ==, "Saved before");
  g_assert_cmpstr (pln_meeting_get_venue (meeting (server, 1)), ==, "Kept while offline");
  g_assert_cmpstr (pln_meeting_get_city (meeting (server, 2)), ==, "Kept too");
  g_assert_cmpstr (pln_meeting_get_city (meeting (server, 3)), ==, "Saved by another officer");

  copy = pln_store_get_offline_copy (fixture->store);
  g_assert_false (g_file_query_exists (copy, NULL));
}

static void
published_cb (PlnStore     *store,
              const GError *error,
              GError      **out)
{
  *out = error != NULL ? g_error_copy (error) : g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "published");
}

static gboolean
error_set (gpointer user_data)
{
  return *(GError **) user_data != NULL;
}

/* Saves, and waits for what publishing the calendar after it gave. */
static GError *
save_and_publish (PlnStore *store)
{
  g_autoptr(GError) error = NULL;
  GError *published = NULL;
  gulong id = g_signal_connect (store, "published", G_CALLBACK (published_cb), &published);

  g_assert_true (pln_test_store_save_async (store, &error));
  g_assert_no_error (error);
  g_assert_true (pln_test_wait_until (error_set, &published, WAIT_MS));
  g_signal_handler_disconnect (store, id);
  return published;
}

/* The calendar @text has the meetings of @group (of all with %NULL), and
 * no other: each has its event, by its UID. */
static void
assert_has_meetings (const char      *text,
                     PlnWorkspace    *workspace,
                     PlnWorkingGroup *group)
{
  GListModel *meetings = pln_workspace_get_meetings (workspace);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *uid = g_strdup_printf ("UID:%s@plenary\r\n", pln_meeting_get_id (meeting));

      if (group == NULL || pln_meeting_get_working_group (meeting) == group)
        g_assert_nonnull (strstr (text, uid));
      else
        g_assert_null (strstr (text, uid));
    }
}

/* After a save with publishing on, the server has the calendar of the
 * working group chosen (or of all); a location that cannot be written
 * says so, and the save itself is not affected. */
static void
test_publish (Fixture       *fixture,
              gconstpointer  data)
{
  PlnWorkspace *workspace;
  g_autoptr(PlnWorkingGroup) group = NULL;
  g_autoptr(GListStore) of_group = NULL;
  g_autoptr(GFile) calendar = NULL;
  g_autoptr(GError) published = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *saved = NULL;

  if (fixture->dav == NULL)
    return;

  workspace = pln_store_get_workspace (fixture->store);
  group = g_list_model_get_item (pln_workspace_get_working_groups (workspace), 1);
  of_group = pln_workspace_dup_meetings_of (workspace, group);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (of_group)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (of_group)), <,
                    g_list_model_get_n_items (pln_workspace_get_meetings (workspace)));

  calendar = pln_test_dav_get_file (fixture->dav, "calendar.ics");
  uri = g_file_get_uri (calendar);
  pln_workspace_set_publish_location (workspace, uri);
  pln_workspace_set_publish_working_group (workspace, pln_working_group_get_id (group));
  pln_workspace_set_publish_enabled (workspace, TRUE);
  published = save_and_publish (fixture->store);
  g_assert_error (published, G_IO_ERROR, G_IO_ERROR_EXISTS);

  /* The group's meetings, and only them. */
  path = pln_test_dav_get_path (fixture->dav, "calendar.ics");
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR"));
  assert_has_meetings (text, workspace, group);

  /* The settings are the workspace's: in its file on the server. */
  g_assert_true (g_file_get_contents (fixture->path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "\"publish_enabled\" : true"));
  g_assert_nonnull (strstr (saved, uri));

  /* All working groups, after the next save. */
  g_clear_pointer (&text, g_free);
  g_clear_error (&published);
  pln_workspace_set_publish_working_group (workspace, NULL);
  published = save_and_publish (fixture->store);
  g_assert_error (published, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  assert_has_meetings (text, workspace, NULL);

  /* A folder that is not on the server: the error names the location. */
  g_clear_error (&published);
  pln_workspace_set_publish_location (workspace, "dav://127.0.0.1:1/no/such/folder/calendar.ics");
  published = save_and_publish (fixture->store);
  g_assert_nonnull (strstr (published->message, "127.0.0.1:1/no/such/folder"));
  g_assert_false (pln_store_get_dirty (fixture->store));
}

static void
saved_as_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GError **error = user_data;

  if (pln_store_save_as_finish (PLN_STORE (object), result, error))
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "saved");
}

/* Saves @store as @file in a worker; what it gave, "saved" (EXISTS) when
 * it did. */
static GError *
save_as (PlnStore *store,
         GFile    *file)
{
  GError *error = NULL;

  pln_store_save_as_async (store, file, NULL, saved_as_cb, &error);
  g_assert_true (pln_test_wait_until (error_set, &error, WAIT_MS));
  return error;
}

/* A workspace saved onto the share, in a worker, then opened from it; a
 * folder the server does not have is a refusal (not "offline"), and the
 * store keeps its file. */
static void
test_save_as (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GFile) missing = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autofree char *copy_path = NULL;
  g_autoptr(GError) error = NULL;

  if (fixture->dav == NULL)
    return;

  missing = pln_test_dav_get_file (fixture->dav, "no-such-folder/workspace.json");
  error = save_as (fixture->store, missing);
  g_assert_false (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS));
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_assert_cmpint (pln_store_get_state (fixture->store), ==, PLN_STORE_STATE_ONLINE);
  g_assert_true (g_file_equal (pln_store_get_file (fixture->store), fixture->file));
  g_clear_error (&error);

  copy = pln_test_dav_get_file (fixture->dav, "secretariat/copy.json");
  pln_meeting_set_venue (MEETING (fixture->store, 0), "In the copy");
  error = save_as (fixture->store, copy);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_true (g_file_equal (pln_store_get_file (fixture->store), copy));
  g_assert_false (pln_store_get_dirty (fixture->store));

  copy_path = pln_test_dav_get_path (fixture->dav, "secretariat/copy.json");
  g_clear_pointer (&fixture->path, g_free);
  fixture->path = g_steal_pointer (&copy_path);
  {
    g_autoptr(PlnWorkspace) server = on_server (fixture);

    g_assert_cmpstr (pln_meeting_get_venue (meeting (server, 0)), ==, "In the copy");
  }
}

int
main (int   argc,
      char *argv[])
{
  pln_test_dav_init ();
  g_test_init (&argc, &argv, NULL);
  pln_test_init_home ();

  g_test_add ("/dav/merge/store-first", Fixture, GINT_TO_POINTER (FALSE), set_up, test_both_orders, tear_down);
  g_test_add ("/dav/merge/other-first", Fixture, GINT_TO_POINTER (TRUE), set_up, test_both_orders, tear_down);
  g_test_add ("/dav/wrong-etag", Fixture, NULL, set_up, test_wrong_etag, tear_down);
  g_test_add ("/dav/offline", Fixture, NULL, set_up, test_offline, tear_down);
  g_test_add ("/dav/publish", Fixture, NULL, set_up, test_publish, tear_down);
  g_test_add ("/dav/save-as", Fixture, NULL, set_up, test_save_as, tear_down);

  return g_test_run ();
}
