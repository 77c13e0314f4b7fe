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

      pln_meeting_set_city (meeting, i % 2 ? "\"meetings\": [ {\\ }" : "Vienna ] } [ {");
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-reader/same-workspace", test_same_workspace);
  g_test_add_func ("/json-reader/layouts", test_layouts);
  g_test_add_func ("/json-reader/errors", test_errors);
  g_test_add_func ("/json-reader/keeps-file", test_keeps_file);

  return g_test_run ();
}
