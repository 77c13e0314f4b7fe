/* test-json-reader.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "plenary-core.h"
#include "pln-json-private.h"
#include "pln-synth.h"

/* The workspace file's reader parses its meetings one at a time
 * (storage/pln-json-slices.c finds them): the workspace read is the one a
 * parse of the whole file gives, and a file that is wrong is said to be
 * wrong in the same words, with the same line and column. */

static char *
whole_file_error (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnWorkspace) workspace = NULL;

  if (!json_parser_load_from_data (parser, json, -1, &error))
    return g_strdup_printf ("The file is not valid JSON: %s", error->message);

  workspace = pln_json_read_workspace (json_parser_get_root (parser), &error);
  g_assert_null (workspace);
  return g_strdup (error->message);
}

static void
assert_same_error (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnWorkspace) workspace = pln_json_parse_workspace (json, strlen (json), &error);
  g_autofree char *expected = whole_file_error (json);

  g_assert_null (workspace);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, expected);
}

static guint
count_slices (const char *json)
{
  g_autoptr(GArray) slices = g_array_new (FALSE, FALSE, sizeof (PlnJsonSlice));
  PlnJsonSlice list;

  if (!_pln_json_find_meetings (json, strlen (json), &list, slices))
    return G_MAXUINT;
  return slices->len;
}

/* A synthetic year, with texts that hold what the slicing follows
 * (brackets, braces, quotes, backslashes, the word "meetings"), read one
 * meeting at a time, is written back byte for byte. */
static void
test_same_workspace (void)
{
  /* The last two end with a backslash, and have escaped quotes inside. */
  static const char * const cities[] = {
    "\"meetings\": [ {\\ }",
    "Vienna ] } [ {",
    "C:\\",
    "\\\\\"] }\\\\",
  };
  g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (1, 11);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(PlnWorkspace) read = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *meetings = pln_workspace_get_meetings (workspace);
  guint n = g_list_model_get_n_items (meetings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);

      pln_meeting_set_city (meeting, cities[i % G_N_ELEMENTS (cities)]);
    }

  bytes = pln_json_serialize_workspace (workspace);
  g_assert_cmpuint (count_slices (g_bytes_get_data (bytes, NULL)), ==, n);

  read = pln_json_parse_workspace (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  again = pln_json_serialize_workspace (read);
  g_assert_true (g_bytes_equal (bytes, again));
}

/* However the file is laid out. */
static void
test_layouts (void)
{
  static const char * const files[] = {
    "{\"format\":1,\"meetings\":[{\"id\":\"m1\",\"city\":\"Vienna\"},{\"id\":\"m2\"}]}",
    "{\r\n  \"meetings\" : [\r\n    { \"id\" : \"m1\" } ,\r\n    {\"id\":\"m2\"}\r\n  ],\r\n  \"format\" : 1\r\n}\r\n",
    "{\"note\\\"meetings\":\"[{\",\"format\":1,\"meetings\":[ ],\"x\":[1,2.5e3,true,null,{\"a\":[]}]}",
  };
  static const guint n_meetings[] = { 2, 2, 0 };
  /* A key with an escape in it could be "meetings": the whole parse. */
  static const guint n_slices[] = { 2, 2, G_MAXUINT };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PlnWorkspace) read = pln_json_parse_workspace (files[i], strlen (files[i]), &error);

      /* Members it does not know ("note", "x") are passed over. */
      g_assert_cmpuint (count_slices (files[i]), ==, n_slices[i]);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (pln_workspace_get_meetings (read)), ==, n_meetings[i]);
    }
}

/* Wrong files, in a meeting, between meetings and elsewhere: the words,
 * line and column of a parse of the whole file. */
static void
test_errors (void)
{
  static const char * const files[] = {
    "{\"format\": 1, \"meetings\": [{\"id\": \"a\"}, ]}",
    "{\"format\": 1, \"meetings\": [{\"id\": \"a\", \"city\": }]}",
    "{\"format\": 1,\n \"meetings\": [{\"id\": \"a\"},\n {\"id\": \"b\",\n  \"city\": tru}]}",
    "{\"format\": 1, \"meetings\": [{\"id\": \"a\"} {\"id\": \"b\"}]}",
    "{\"format\": 1, \"meetings\": [{\"id\": \"a\"}], \"meetings\": [{\"id\": \"b\", \"city\": 3}]}",
    "{\"format\": 1, \"meetings\": {\"id\": \"a\"}}",
    "{\"format\": 1, \"meetings\": [{\"id\": \"a\"}, 7]}",
    "{\"format\": 1, \"meetings\": [{\"id\": \"a\"}, {\"id\": \"b\", \"city\": 3}]}",
    "{\"format\": 1, \"meetings\": [{\"id\": \"a\", \"city\": \"unterminated}]}",
    "{\"format\": 1, \"meetings\": [{\"id\": \"a\"}]} trailing",
    "{\"format\": 1, \"meetings\": [{\"id\": \"a\"}]",
    "{\"format\": \"one\", \"meetings\": [{\"id\": \"a\"}]}",
    /* json-glib's single quotes, read as the whole parse reads them. */
    "{\"format\":1,\"meetings\":[{\"id\":\"a\",\"city\":'\"'} {\"id\":\"z\",\"city\":'\"'}]}",
    /* What is wrong in a meeting, and the file not valid JSON further on:
     * the parse of the whole file says the second. */
    "{\"format\":1,\"meetings\":[{\"id\":\"a\",\"city\":3},\n{\"id\":\"b\",\"city\":tru}]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_test_message ("%s", files[i]);
      assert_same_error (files[i]);
    }
}

static guint
n_written_by_snapshot (PlnWorkspace *workspace)
{
  g_autoptr(PlnJsonSnapshot) snapshot = pln_json_snapshot_new (workspace);
  g_autoptr(GBytes) written = pln_json_snapshot_write (snapshot);
  g_autoptr(GBytes) expected = pln_json_serialize_workspace (workspace);

  g_assert_true (g_bytes_equal (written, expected));
  return pln_json_snapshot_get_n_written (snapshot);
}

/* After a load, each meeting whose text in the file is the one Plenary
 * writes for it keeps that text for the next save: the first one writes
 * only what was edited, and the same bytes. A meeting laid out another way
 * or edited by hand (a member Plenary does not know) is written again,
 * and only it. */
static void
test_keeps_file (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (1, 5);
  g_autoptr(GBytes) bytes = pln_json_serialize_workspace (workspace);
  guint n = g_list_model_get_n_items (pln_workspace_get_meetings (workspace));
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnWorkspace) read = pln_json_parse_workspace_bytes (bytes, NULL, &error);
  g_autoptr(PlnMeeting) first = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *noted = NULL;
  char *at;

  g_assert_no_error (error);
  g_assert_cmpuint (n, >, 5);
  g_assert_cmpuint (n_written_by_snapshot (read), ==, 0);
  first = g_list_model_get_item (pln_workspace_get_meetings (read), 0);
  pln_meeting_set_city (first, "Geneva");
  g_assert_cmpuint (n_written_by_snapshot (read), ==, 1);
  g_assert_cmpuint (n_written_by_snapshot (read), ==, 0);

  /* The first meeting's first member on the line of its brace. */
  moved = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  at = strstr (strstr (moved, "\"meetings\" : ["), "\n  {\n");
  g_assert_nonnull (at);
  memmove (at + 4, at + 5, strlen (at + 5) + 1);
  {
    g_autoptr(GBytes) other = g_bytes_new (moved, strlen (moved));
    g_autoptr(PlnWorkspace) again = pln_json_parse_workspace_bytes (other, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (n_written_by_snapshot (again), ==, 1);
  }

  /* A member added by hand to a meeting in the middle. */
  noted = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  at = strstr (noted, "\"meetings\" : [");
  for (guint i = 0; i < n / 2; i++)
    at = strstr (at + 1, "\n  {\n");
  {
    g_autoptr(GString) edited = g_string_new (noted);
    g_autoptr(GBytes) other = NULL;
    g_autoptr(PlnWorkspace) again = NULL;

    g_string_insert (edited, at - noted + 5, "   \"secret_note\" : \"by hand\",\n");
    other = g_bytes_new (edited->str, edited->len);
    again = pln_json_parse_workspace_bytes (other, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (n_written_by_snapshot (again), ==, 1);
  }
}

/* @bytes read with their progress followed: it ends at the whole, and
 * the workspace read writes the same bytes again. */
static PlnWorkspace *
read_back (GBytes *bytes)
{
  g_autoptr(PlnWorkspace) read = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  int progress = 0;

  read = pln_json_parse_workspace_bytes (bytes, &progress, &error);
  g_assert_no_error (error);
  g_assert_cmpint (progress, ==, 1000);
  again = pln_json_serialize_workspace (read);
  g_assert_true (g_bytes_equal (bytes, again));

  return g_steal_pointer (&read);
}

/* A file's meetings are read by two threads (from 4 MB; here from any
 * size, the even meetings by one and the odd by the other): the same
 * workspace, the same meetings kept for the next save, and the progress
 * ends at the whole. */
static void
test_two_threads (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (1, 17);
  g_autoptr(GBytes) bytes = pln_json_serialize_workspace (workspace);
  g_autoptr(PlnWorkspace) read = NULL;

  _pln_json_set_two_readers_alternate (TRUE);

  read = read_back (bytes);
  g_assert_cmpuint (n_written_by_snapshot (read), ==, 0);

  /* What a second thread reads is in the workspace like the rest. */
  g_assert_cmpuint (g_list_model_get_n_items (pln_workspace_get_meetings (read)), ==,
                    g_list_model_get_n_items (pln_workspace_get_meetings (workspace)));
  {
    GListModel *meetings = pln_workspace_get_meetings (read);
    g_autoptr(PlnMeeting) last = g_list_model_get_item (meetings, g_list_model_get_n_items (meetings) - 1);

    g_assert_true (pln_object_get_root (PLN_OBJECT (last)) == PLN_OBJECT (read));
    g_assert_nonnull (pln_meeting_get_working_group (last));
  }

  test_layouts ();
  _pln_json_set_two_readers_alternate (FALSE);
}

/* A file of 4 MB and more is read by two threads taking the next meeting
 * not taken (on a machine with two processors): the same workspace. */
static void
test_two_threads_large (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (4, 23);
  g_autoptr(GBytes) bytes = pln_json_serialize_workspace (workspace);
  g_autoptr(PlnWorkspace) read = NULL;
  guint n_before = _pln_json_get_n_read_in_two ();

  g_assert_cmpuint (g_bytes_get_size (bytes), >=, 4 * 1024 * 1024);

  read = read_back (bytes);
  if (g_get_num_processors () >= 2)
    g_assert_cmpuint (_pln_json_get_n_read_in_two (), ==, n_before + 1);
  else
    g_test_message ("One processor: the file was read by one thread");
}

/* The text of meeting @index of @json, from its opening brace. */
static char *
meeting_at (char  *json,
            guint  index)
{
  g_autoptr(GArray) slices = g_array_new (FALSE, FALSE, sizeof (PlnJsonSlice));
  PlnJsonSlice list;

  g_assert_true (_pln_json_find_meetings (json, strlen (json), &list, slices));
  g_assert_cmpuint (index, <, slices->len);
  return json + g_array_index (slices, PlnJsonSlice, index).start;
}

/* @json with the value of @member of meeting @index, one of the first
 * ones (before its lists), written as @value. */
static char *
with_value (const char *json,
            guint       index,
            const char *member,
            const char *value)
{
  g_autoptr(GString) edited = g_string_new (json);
  g_autofree char *key = g_strdup_printf ("\"%s\" : ", member);
  char *at = strstr (meeting_at (edited->str, index), key);
  char *end;

  g_assert_nonnull (at);
  at += strlen (key);
  end = strstr (at, ",\n");
  g_assert_nonnull (end);
  g_string_erase (edited, at - edited->str, end - at);
  g_string_insert (edited, at - edited->str, value);
  return g_string_free (g_steal_pointer (&edited), FALSE);
}

/* @json with two values written as with_value() writes one: @value in
 * meeting @index, then @other_value in meeting @other. */
static char *
with_values (const char *json,
             guint       index,
             const char *member,
             const char *value,
             guint       other,
             const char *other_member,
             const char *other_value)
{
  g_autofree char *first = with_value (json, index, member, value);

  return with_value (first, other, other_member, other_value);
}

/* Wrong in meetings read by either thread, or by both: said as one
 * reader reading the meetings in order says it. */
static void
test_two_threads_errors (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (1, 17);
  g_autoptr(GBytes) bytes = pln_json_serialize_workspace (workspace);
  g_autofree char *json = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  guint n = g_list_model_get_n_items (pln_workspace_get_meetings (workspace));
  g_autoptr(PlnMeeting) first = g_list_model_get_item (pln_workspace_get_meetings (workspace), 0);
  g_autofree char *first_id = g_strdup_printf ("\"%s\"", pln_meeting_get_id (first));
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpuint (n, >=, 6);

  /* Something wrong in the last meeting only. */
  g_ptr_array_add (files, with_value (json, n - 1, "city", "3"));
  /* The first meeting's id again, in the second (read by the other
   * thread) or in the last (by the same): said where it is used twice. */
  g_ptr_array_add (files, with_value (json, 1, "id", first_id));
  g_ptr_array_add (files, with_value (json, n - 1, "id", first_id));
  /* A working group no one has, in the last meeting, then also in an
   * earlier one read by the other thread: the earlier is said. */
  g_ptr_array_add (files, with_value (json, n - 1, "working_group", "\"nobody\""));
  g_ptr_array_add (files, with_values (json, n - 1, "working_group", "\"nobody\"", 1, "working_group", "\"no one\""));
  g_ptr_array_add (files, with_values (json, 2, "working_group", "\"nobody\"", 1, "working_group", "\"no one\""));
  /* Wrong in meetings of both threads: the first. */
  g_ptr_array_add (files, with_values (json, n - 2, "city", "3", 0, "ordinal", "\"one\""));
  /* Wrong in one meeting, and another not valid JSON further on, or
   * before. */
  g_ptr_array_add (files, with_values (json, n - 1, "city", "tru", n - 3, "city", "3"));
  g_ptr_array_add (files, with_values (json, n - 3, "city", "tru", n - 1, "city", "3"));
  g_ptr_array_add (files, with_value (json, n - 1, "city", "tru"));

  _pln_json_set_two_readers_alternate (TRUE);
  for (guint i = 0; i < files->len; i++)
    {
      g_test_message ("case %u", i);
      assert_same_error (files->pdata[i]);
    }

  /* The progress is never lowered, not even by the meetings read again
   * in order after the threads found something wrong: from a value set
   * high, it stays. */
  {
    g_autoptr(GBytes) wrong = g_bytes_new (files->pdata[0], strlen (files->pdata[0]));
    g_autoptr(GError) error = NULL;
    g_autoptr(PlnWorkspace) read = NULL;
    int progress = 999;

    read = pln_json_parse_workspace_bytes (wrong, &progress, &error);
    g_assert_null (read);
    g_assert_error (error, PLN_ERROR, PLN_ERROR_PARSE);
    g_assert_cmpint (progress, ==, 999);
  }
  test_errors ();
  _pln_json_set_two_readers_alternate (FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-reader/same-workspace", test_same_workspace);
  g_test_add_func ("/json-reader/layouts", test_layouts);
  g_test_add_func ("/json-reader/errors", test_errors);
  g_test_add_func ("/json-reader/keeps-file", test_keeps_file);
  g_test_add_func ("/json-reader/two-threads", test_two_threads);
  g_test_add_func ("/json-reader/two-threads-errors", test_two_threads_errors);
  g_test_add_func ("/json-reader/two-threads-large", test_two_threads_large);

  return g_test_run ();
}
