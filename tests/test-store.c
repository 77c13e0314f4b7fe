/* test-store.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "plenary-core.h"
#include "pln-store-private.h"
#include "pln-synth.h"
#include "pln-test-util.h"

/* Gives every writable property of @object a value that is not its
 * default, so a round trip that loses any of them is seen. */
static void
fill_properties (GObject *object,
                 guint    salt)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);
  for (guint i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];
      GType type = pspec->value_type;

      if ((pspec->flags & G_PARAM_WRITABLE) == 0 || (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;

      if (type == G_TYPE_STRING)
        {
          g_autofree char *text = g_strdup_printf ("%s “%u” <&> \"quoted\"\n\tسطر %s", pspec->name, salt, pspec->name);
          g_object_set (object, pspec->name, text, NULL);
        }
      else if (type == G_TYPE_INT)
        g_object_set (object, pspec->name, G_PARAM_SPEC_INT (pspec)->minimum + 1 + salt % 7, NULL);
      else if (type == G_TYPE_UINT)
        g_object_set (object, pspec->name, G_PARAM_SPEC_UINT (pspec)->minimum + 2 + salt % 5, NULL);
      else if (type == G_TYPE_BOOLEAN)
        g_object_set (object, pspec->name, !G_PARAM_SPEC_BOOLEAN (pspec)->default_value, NULL);
      else if (G_TYPE_IS_ENUM (type))
        {
          GEnumClass *klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;
          g_object_set (object, pspec->name, klass->values[klass->n_values - 1].value, NULL);
        }
      else if (G_TYPE_IS_FLAGS (type))
        g_object_set (object, pspec->name, PLN_LANGUAGE_ARABIC | PLN_LANGUAGE_RUSSIAN, NULL);
      else if (type == G_TYPE_DATE)
        {
          g_autoptr(GDate) date = g_date_new_dmy (5 + salt % 20, G_DATE_OCTOBER, 2023);
          g_object_set (object, pspec->name, date, NULL);
        }
      else if (type == G_TYPE_DATE_TIME)
        {
          g_autoptr(GDateTime) dt = g_date_time_new_utc (2023, 10, 5, 9, salt % 60, 30.0);
          g_object_set (object, pspec->name, dt, NULL);
        }
    }
}

static PlnWorkspace *
full_workspace (void)
{
  PlnWorkspace *workspace = pln_workspace_new ();
  g_autoptr(PlnWorkingGroup) group = pln_working_group_new ();
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  g_autoptr(PlnAgendaItem) item = pln_agenda_item_new ();
  g_autoptr(PlnAgendaItem) sub = pln_agenda_item_new ();
  g_autoptr(PlnDocumentRef) doc = pln_document_ref_new ();
  g_autoptr(PlnSitting) sitting = pln_sitting_new ();
  g_autoptr(PlnPlacement) placement = pln_placement_new ();
  g_autoptr(PlnRegistration) reg = pln_registration_new ();
  g_autoptr(PlnRecommendation) rec = pln_recommendation_new ();
  g_autoptr(PlnRecommendation) merged = pln_recommendation_new ();
  g_autoptr(PlnExportRecord) record = pln_export_record_new ();
  GObject *objects[] = {
    G_OBJECT (workspace), G_OBJECT (group), G_OBJECT (meeting), G_OBJECT (item), G_OBJECT (sub),
    G_OBJECT (doc), G_OBJECT (sitting), G_OBJECT (placement), G_OBJECT (reg), G_OBJECT (rec),
    G_OBJECT (merged), G_OBJECT (record),
  };

  /* Each with values of its own. */
  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    fill_properties (objects[i], i + 1);
  /* A secretariat's workspace: a public edition holding registrations is
   * refused, and is never saved (test-public-edition). */
  pln_workspace_set_edition (workspace, PLN_EDITION_FULL);
  pln_meeting_append_export (meeting, record);

  pln_workspace_append_working_group (workspace, group);
  pln_meeting_set_working_group (meeting, group);
  pln_agenda_item_append_sub_item (item, sub);
  pln_agenda_item_append_document (item, doc);
  pln_meeting_append_agenda_item (meeting, item);
  pln_placement_set_agenda_item (placement, sub);
  pln_sitting_append_placement (sitting, placement);
  pln_meeting_append_sitting (meeting, sitting);
  pln_meeting_append_registration (meeting, reg);
  pln_recommendation_set_agenda_item (rec, item);
  pln_recommendation_set_source_registration (rec, pln_registration_get_id (reg));
  pln_recommendation_set_merged_into (rec, pln_recommendation_get_id (merged));
  pln_recommendation_set_merged_into (merged, NULL);
  pln_recommendation_set_source_registration (merged, NULL);
  pln_recommendation_set_agenda_item (merged, sub);
  pln_meeting_append_recommendation (meeting, rec);
  pln_meeting_append_recommendation (meeting, merged);
  pln_workspace_append_meeting (workspace, meeting);

  return workspace;
}

static void
assert_same_properties (GObject *a,
                        GObject *b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n;

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;
      GType type = pspecs[i]->value_type;

      g_value_init (&va, type);
      g_value_init (&vb, type);
      g_object_get_property (a, pspecs[i]->name, &va);
      g_object_get_property (b, pspecs[i]->name, &vb);

      if (g_type_is_a (type, G_TYPE_LIST_MODEL))
        {
          GListModel *la = g_value_get_object (&va);
          GListModel *lb = g_value_get_object (&vb);

          g_assert_cmpuint (g_list_model_get_n_items (la), ==, g_list_model_get_n_items (lb));
          for (guint j = 0; j < g_list_model_get_n_items (la); j++)
            {
              g_autoptr(GObject) ia = g_list_model_get_item (la, j);
              g_autoptr(GObject) ib = g_list_model_get_item (lb, j);

              assert_same_properties (ia, ib);
            }
        }
      else if (G_TYPE_IS_OBJECT (type))
        {
          g_autofree char *ida = NULL;
          g_autofree char *idb = NULL;

          if (g_value_get_object (&va) != NULL)
            g_object_get (g_value_get_object (&va), "id", &ida, NULL);
          if (g_value_get_object (&vb) != NULL)
            g_object_get (g_value_get_object (&vb), "id", &idb, NULL);
          g_assert_cmpstr (ida, ==, idb);
        }
      else if (type == G_TYPE_DATE)
        {
          GDate *da = g_value_get_boxed (&va);
          GDate *db = g_value_get_boxed (&vb);

          g_assert_true ((da == NULL) == (db == NULL));
          if (da != NULL)
            g_assert_cmpint (g_date_compare (da, db), ==, 0);
        }
      else if (type == G_TYPE_DATE_TIME)
        {
          GDateTime *da = g_value_get_boxed (&va);
          GDateTime *db = g_value_get_boxed (&vb);

          g_assert_true ((da == NULL) == (db == NULL));
          if (da != NULL)
            g_assert_true (g_date_time_equal (da, db));
        }
      else
        {
          g_autofree char *sa = g_strdup_value_contents (&va);
          g_autofree char *sb = g_strdup_value_contents (&vb);

          g_assert_cmpstr (sa, ==, sb);
        }
    }
}

/* @original read back from its JSON has the same properties, and is
 * written as the same bytes again. */
static void
assert_round_trip (PlnWorkspace *original)
{
  g_autoptr(GBytes) first = pln_json_serialize_workspace (original);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnWorkspace) copy = pln_json_parse_workspace (g_bytes_get_data (first, NULL),
                                                           g_bytes_get_size (first), &error);
  g_autoptr(GBytes) second = NULL;

  g_assert_no_error (error);
  assert_same_properties (G_OBJECT (original), G_OBJECT (copy));

  second = pln_json_serialize_workspace (copy);
  g_assert_true (g_bytes_equal (first, second));
}

static void
test_round_trip (void)
{
  g_autoptr(PlnWorkspace) original = full_workspace ();

  assert_round_trip (original);
}

static void
test_round_trip_demo (void)
{
  g_autoptr(PlnWorkspace) demo = pln_demo_new_workspace ();

  assert_round_trip (demo);
}

typedef struct
{
  const char *name;
  const char *content;
  int         code;
  const char *expected;
} BadFile;

static const BadFile bad_files[] = {
  { "not-json", "this is a letter, not a workspace", PLN_ERROR_PARSE, "not valid JSON" },
  { "empty", "", PLN_ERROR_PARSE, "empty" },
  { "truncated", "{\"format\": 1, \"id\": \"w\", \"working_groups\": [{\"id\": \"g\", \"name\": \"W", PLN_ERROR_PARSE, "not valid JSON" },
  { "array", "[1, 2, 3]", PLN_ERROR_FORMAT, "not a Plenary workspace" },
  { "no-format", "{\"id\": \"w\"}", PLN_ERROR_FORMAT, "not a Plenary workspace" },
  { "newer", "{\"format\": 99, \"id\": \"w\"}", PLN_ERROR_FORMAT, "newer version" },
  { "wrong-type", "{\"format\": 1, \"id\": \"w\", \"meetings\": [{\"id\": \"m\", \"ordinal\": \"ten\"}]}", PLN_ERROR_PARSE, "meetings[0].ordinal" },
  { "wrong-type-list", "{\"format\": 1, \"id\": \"w\", \"meetings\": {}}", PLN_ERROR_PARSE, "At meetings: expected a list" },
  { "missing-id", "{\"format\": 1, \"id\": \"w\", \"meetings\": [{\"id\": \"m\", \"agenda\": [{\"id\": \"a\"}, {\"number\": \"2\"}]}]}", PLN_ERROR_PARSE, "meetings[0].agenda[1]: the required member “id” is missing" },
  { "bad-number", "{\"format\": 1, \"id\": \"w\", \"meetings\": [{\"id\": \"m\", \"agenda\": [{\"id\": \"a\", \"number\": 2}]}]}", PLN_ERROR_PARSE, "meetings[0].agenda[0].number" },
  { "bad-date", "{\"format\": 1, \"id\": \"w\", \"meetings\": [{\"id\": \"m\", \"first_day\": \"2023-02-30\"}]}", PLN_ERROR_PARSE, "meetings[0].first_day" },
  { "bad-enum", "{\"format\": 1, \"id\": \"w\", \"meetings\": [{\"id\": \"m\", \"format\": \"telepathic\"}]}", PLN_ERROR_PARSE, "unknown value “telepathic”" },
  { "out-of-range", "{\"format\": 1, \"id\": \"w\", \"meetings\": [{\"id\": \"m\", \"sittings\": [{\"id\": \"s\", \"start\": 5000}]}]}", PLN_ERROR_PARSE, "meetings[0].sittings[0].start" },
  { "dangling-item", "{\"format\": 1, \"id\": \"w\", \"meetings\": [{\"id\": \"m\", \"recommendations\": [{\"id\": \"r\", \"agenda_item\": \"nowhere\"}]}]}", PLN_ERROR_PARSE, "meetings[0].recommendations[0].agenda_item: nothing has the id “nowhere”" },
  { "dangling-group", "{\"format\": 1, \"id\": \"w\", \"meetings\": [{\"id\": \"m\", \"working_group\": \"wg-99\"}]}", PLN_ERROR_PARSE, "meetings[0].working_group" },
  { "dangling-merge", "{\"format\": 1, \"id\": \"w\", \"meetings\": [{\"id\": \"m\", \"recommendations\": [{\"id\": \"r\", \"merged_into\": \"gone\"}]}]}", PLN_ERROR_PARSE, "merged_into" },
  /* The meetings of the tree are freed as they are read: places and ids
   * in a later meeting are still reported right. */
  { "later-meeting", "{\"format\": 1, \"id\": \"w\", \"meetings\": [{\"id\": \"m\"}, {\"id\": \"n\"}, {\"id\": \"o\", \"format\": \"telepathic\"}]}", PLN_ERROR_PARSE, "At meetings[2].format: unknown value “telepathic”" },
  { "id-of-earlier-meeting", "{\"format\": 1, \"id\": \"w\", \"meetings\": [{\"id\": \"m\"}, {\"id\": \"n\", \"registrations\": [{\"id\": \"m\"}]}]}", PLN_ERROR_PARSE, "meetings[1].registrations[0].id: the id “m” is used twice" },
  { "duplicate-id", "{\"format\": 1, \"id\": \"w\", \"working_groups\": [{\"id\": \"g\"}, {\"id\": \"g\"}]}", PLN_ERROR_PARSE, "working_groups[1].id: the id “g” is used twice" },
};

static void
test_bad_file (PlnTestStore  *fixture,
               gconstpointer  data)
{
  const BadFile *bad = data;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  g_assert_true (g_file_set_contents (fixture->path, bad->content, -1, NULL));
  before = pln_test_read_bytes (fixture->path);

  pln_test_assert_load_fails (fixture->store, PLN_ERROR, bad->code, bad->expected);
  g_assert_null (pln_store_get_workspace (fixture->store));

  /* Nothing on disk changed: same bytes, no backup made. */
  after = pln_test_read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (fixture->backup, G_FILE_TEST_EXISTS));
}

static void
test_save_private_with_backup (PlnTestStore  *fixture,
                               gconstpointer  data)
{
  g_autoptr(PlnWorkspace) workspace = full_workspace ();
  g_autoptr(GError) error = NULL;
  struct stat st;

  pln_test_store_save_workspace (fixture->store, workspace);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  pln_workspace_set_title (workspace, "Second version");
  g_assert_true (pln_store_save (fixture->store, NULL, &error));
  g_assert_true (g_file_test (fixture->backup, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_stat (fixture->backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_false (pln_store_get_dirty (fixture->store));
}

static void
test_concurrent_change (PlnTestStore  *fixture,
                        gconstpointer  data)
{
  const char *path = fixture->path;
  PlnStore *store = fixture->store;
  g_autoptr(PlnWorkspace) workspace = full_workspace ();
  g_autoptr(GBytes) theirs = NULL;
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(GError) error = NULL;

  pln_store_set_autosave_delay (store, 0);
  pln_test_store_save_workspace (store, workspace);
  g_assert_true (pln_store_load (store, NULL, &error));

  /* Another program (a colleague on the shared folder) saves its version;
   * its time is set apart from ours, as a write a moment later would be,
   * without waiting for the clock. */
  {
    g_autoptr(PlnWorkspace) other = full_workspace ();
    g_autoptr(GBytes) bytes = NULL;

    pln_workspace_set_title (other, "A colleague's version");
    bytes = pln_json_serialize_workspace (other);
    g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
    g_assert_true (g_file_set_attribute_uint64 (fixture->file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                g_get_real_time () / G_USEC_PER_SEC + 5,
                                                G_FILE_QUERY_INFO_NONE, NULL, NULL));
  }
  theirs = pln_test_read_bytes (path);

  pln_workspace_set_title (pln_store_get_workspace (store), "My version");
  g_assert_false (pln_store_save (store, NULL, &error));
  g_assert_error (error, PLN_ERROR, PLN_ERROR_CHANGED);
  g_assert_nonnull (pln_store_get_error (store));
  g_assert_true (pln_store_get_dirty (store));

  on_disk = pln_test_read_bytes (path);
  g_assert_true (g_bytes_equal (theirs, on_disk));

  /* Reloading takes their version and clears the error. */
  g_clear_error (&error);
  g_assert_true (pln_store_load (store, NULL, &error));
  g_assert_cmpstr (pln_workspace_get_title (pln_store_get_workspace (store)), ==, "A colleague's version");
  g_assert_null (pln_store_get_error (store));
}

static void
test_save_as (PlnTestStore  *fixture,
              gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (fixture->folder, "elsewhere.json", NULL);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  PlnStore *store = fixture->store;
  g_autoptr(PlnWorkspace) workspace = full_workspace ();
  g_autoptr(GError) error = NULL;

  pln_store_set_workspace (store, workspace);
  g_assert_true (pln_store_save_as (store, other, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (pln_store_get_file (store), other));
  g_assert_true (g_file_test (other_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
test_autosave (PlnTestStore  *fixture,
               gconstpointer  data)
{
  PlnStore *store = fixture->store;
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autoptr(PlnStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnMeeting) meeting = NULL;
  g_autoptr(PlnAgendaItem) item = NULL;

  pln_store_set_autosave_delay (store, 50);
  pln_test_store_save_workspace (store, workspace);

  /* An edit deep inside the workspace marks it dirty and is saved by itself. */
  meeting = g_list_model_get_item (pln_workspace_get_meetings (workspace), 0);
  item = g_list_model_get_item (pln_meeting_get_agenda (meeting), 1);
  pln_agenda_item_set_title (item, "A title changed in the agenda");
  g_assert_true (pln_store_get_dirty (store));
  g_assert_true (pln_test_wait_until (pln_test_store_clean, store, 5000));

  reader = pln_store_new (fixture->file);
  g_assert_true (pln_store_load (reader, NULL, &error));
  g_assert_nonnull (pln_workspace_find_meeting (pln_store_get_workspace (reader), pln_meeting_get_id (meeting)));
  {
    PlnMeeting *copy = pln_workspace_find_meeting (pln_store_get_workspace (reader), pln_meeting_get_id (meeting));
    PlnAgendaItem *copied = pln_meeting_find_agenda_item (copy, pln_agenda_item_get_id (item));

    g_assert_cmpstr (pln_agenda_item_get_title (copied), ==, "A title changed in the agenda");
  }
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pln_store_save_finish (PLN_STORE (object), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static gboolean
flag_is_set (gpointer user_data)
{
  return *(gboolean *) user_data;
}

/* Edits go on while the file is written in the worker: the file holds
 * the workspace as it was when the save began, whole, and those edits
 * are in the next save, which the autosave makes by itself. */
static void
test_edits_during_save (PlnTestStore  *fixture,
                        gconstpointer  data)
{
  PlnStore *store = fixture->store;
  g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (1, 7);
  g_autoptr(PlnMeeting) meeting = g_list_model_get_item (pln_workspace_get_meetings (workspace), 4);
  GListModel *registrations = pln_meeting_get_registrations (meeting);
  g_autoptr(GBytes) at_start = NULL;
  g_autoptr(GBytes) edited = NULL;
  g_autoptr(GBytes) on_disk = NULL;
  gboolean done = FALSE;

  pln_store_set_autosave_delay (store, 10);
  pln_test_store_save_workspace (store, workspace);

  pln_workspace_set_title (workspace, "As the save began");
  pln_store_save_async (store, NULL, save_done_cb, &done);
  /* After the save began: it stamps who changed the title first. */
  at_start = pln_json_serialize_workspace (workspace);

  /* Before the main loop runs again, so before the save can finish. */
  for (guint i = 0; i < g_list_model_get_n_items (registrations); i += 10)
    {
      g_autoptr(PlnRegistration) reg = g_list_model_get_item (registrations, i);
      g_autofree char *name = g_strdup_printf ("Renamed during the save %u", i);

      pln_registration_set_name (reg, name);
    }
  pln_workspace_set_title (workspace, "Edited during the save");

  g_assert_true (pln_test_wait_until (flag_is_set, &done, 10000));
  on_disk = pln_test_read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (on_disk, at_start));
  g_assert_true (pln_store_get_dirty (store));

  g_assert_true (pln_test_wait_until (pln_test_store_clean, store, 10000));
  g_clear_pointer (&on_disk, g_bytes_unref);
  on_disk = pln_test_read_bytes (fixture->path);
  /* The edits, and who made them, as the next save stamped them. */
  edited = pln_json_serialize_workspace (workspace);
  g_assert_true (g_bytes_equal (on_disk, edited));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (on_disk, NULL), -1, "Renamed during the save 10"));
}

/* A save writes the meetings it did not change from the text of the file
 * read, without copying it: the store's base afterwards is in pieces, most
 * of them in the bytes read at the start, and they are the file. */
static void
test_save_shares_text (PlnTestStore  *fixture,
                       gconstpointer  data)
{
  g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (2, 11);
  g_autoptr(PlnMeeting) meeting = NULL;
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(GBytes) joined = NULL;
  g_autoptr(GError) error = NULL;
  GBytes * const *pieces;
  const char *read_start;
  gsize read_size;
  gsize outside = 0;
  guint n_pieces;

  pln_test_store_save_workspace (fixture->store, workspace);
  g_assert_true (pln_store_load (fixture->store, NULL, &error));
  g_assert_no_error (error);
  pieces = pln_json_snapshot_get_pieces (fixture->store->base, &n_pieces);
  g_assert_cmpuint (n_pieces, ==, 1);
  read_start = g_bytes_get_data (pieces[0], &read_size);

  meeting = g_list_model_get_item (pln_workspace_get_meetings (pln_store_get_workspace (fixture->store)), 3);
  pln_meeting_set_venue (meeting, "Nairobi");
  g_assert_true (pln_store_save (fixture->store, NULL, &error));
  g_assert_no_error (error);

  pieces = pln_json_snapshot_get_pieces (fixture->store->base, &n_pieces);
  g_assert_cmpuint (n_pieces, >, 1);
  for (guint i = 0; i < n_pieces; i++)
    {
      gsize size;
      const char *at = g_bytes_get_data (pieces[i], &size);

      if (at < read_start || at + size > read_start + read_size)
        outside += size;
    }
  on_disk = pln_test_read_bytes (fixture->path);
  joined = pln_json_snapshot_write (fixture->store->base);
  g_assert_true (g_bytes_equal (joined, on_disk));
  /* The edited meeting and the workspace's own members only. */
  g_assert_cmpuint (outside, <, g_bytes_get_size (on_disk) / 10);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (pln_store_load_finish (PLN_STORE (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

typedef struct
{
  PlnStore *store;
  double   *last;
} ProgressSamples;

static gboolean
sample_progress_cb (gpointer user_data)
{
  ProgressSamples *samples = user_data;
  double now = pln_store_get_load_progress (samples->store);

  g_assert_cmpfloat (now, >=, *samples->last);
  g_assert_cmpfloat (now, <=, 1);
  *samples->last = now;
  return G_SOURCE_CONTINUE;
}

/* The progress a window shows while a workspace loads: the part of the
 * meetings read, never going back, all of them at the end; a load that
 * fails at the third of three meetings stops between. */
static void
test_load_progress (PlnTestStore  *fixture,
                    gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": 1, \"id\": \"w\", \"meetings\": [");
  g_autoptr(GError) error = NULL;
  double last = 0;
  gboolean done = FALSE;
  guint sampler;

  g_assert_cmpfloat (pln_store_get_load_progress (fixture->store), ==, 0);

  for (guint i = 0; i < 400; i++)
    g_string_append_printf (text, "%s{\"id\": \"m%u\", \"venue\": \"Vienna\"}", i > 0 ? ", " : "", i);
  g_string_append (text, "]}");
  g_assert_true (g_file_set_contents (fixture->path, text->str, text->len, NULL));

  /* Sampled every millisecond while the worker reads, the main loop
   * sleeping in between. */
  sampler = g_timeout_add (1, sample_progress_cb, &(ProgressSamples) { fixture->store, &last });
  pln_store_load_async (fixture->store, NULL, load_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (sampler);
  g_assert_cmpfloat (pln_store_get_load_progress (fixture->store), ==, 1);

  g_assert_true (g_file_set_contents (fixture->path,
                                      "{\"format\": 1, \"id\": \"w\", \"meetings\": "
                                      "[{\"id\": \"m\"}, {\"id\": \"n\"}, {\"id\": \"o\", \"format\": \"telepathic\"}]}",
                                      -1, NULL));
  g_assert_false (pln_store_load (fixture->store, NULL, &error));
  g_assert_cmpfloat (pln_store_get_load_progress (fixture->store), >, 0);
  g_assert_cmpfloat (pln_store_get_load_progress (fixture->store), <, 1);
}

static void
test_default_is_demo (void)
{
  g_autoptr(GFile) file = pln_store_get_default_file ();
  g_autoptr(PlnStore) store = pln_store_new (file);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (pln_store_load (store, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pln_workspace_get_working_groups (pln_store_get_workspace (store))), ==, 5);
  g_assert_true (pln_store_get_dirty (store));

  g_assert_true (pln_store_flush (store, &error));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  pln_test_init_home ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/round-trip/every-property", test_round_trip);
  g_test_add_func ("/store/round-trip/demo", test_round_trip_demo);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *name = g_strdup_printf ("/store/bad-file/%s", bad_files[i].name);
      g_test_add (name, PlnTestStore, &bad_files[i], pln_test_store_set_up, test_bad_file,
                  pln_test_store_tear_down);
    }
  g_test_add ("/store/save/private-with-backup", PlnTestStore, NULL, pln_test_store_set_up,
              test_save_private_with_backup, pln_test_store_tear_down);
  g_test_add ("/store/save/concurrent-change", PlnTestStore, NULL, pln_test_store_set_up, test_concurrent_change,
              pln_test_store_tear_down);
  g_test_add ("/store/save/save-as", PlnTestStore, NULL, pln_test_store_set_up, test_save_as,
              pln_test_store_tear_down);
  g_test_add ("/store/autosave", PlnTestStore, NULL, pln_test_store_set_up, test_autosave, pln_test_store_tear_down);
  g_test_add ("/store/save/edits-during-save", PlnTestStore, NULL, pln_test_store_set_up, test_edits_during_save,
              pln_test_store_tear_down);
  g_test_add ("/store/save/shares-text", PlnTestStore, NULL, pln_test_store_set_up, test_save_shares_text,
              pln_test_store_tear_down);
  g_test_add ("/store/load/progress", PlnTestStore, NULL, pln_test_store_set_up, test_load_progress,
              pln_test_store_tear_down);
  g_test_add_func ("/store/default-is-demo", test_default_is_demo);

  return g_test_run ();
}
