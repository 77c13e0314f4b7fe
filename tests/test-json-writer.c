/* test-json-writer.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "plenary-core.h"
#include "pln-model-private.h"

/* The workspace file's writer (model/pln-object-json.c) writes the same
 * bytes as it did before it wrote runs of characters at once and
 * formatted dates itself: a file written by one version and read by the
 * next must not change on its first save. And the snapshots autosave
 * takes (storage/pln-json-snapshot.c), made of each meeting's text kept
 * from the last save, are those same bytes after any edit. */

/* SHA-256 of the 10-year synthetic workspace (seed 42) as the writer
 * wrote it with g_string_append_printf() and g_date_time_format_iso8601(),
 * before it was made faster (measured again with that writer once the
 * synthetic workspaces carried themes and resolutions: 4274b057… and
 * 8a4c4b0d…). Their documents' symbols then followed their working
 * groups' series, a change of those strings only: the digests below are
 * the same writer's, which wrote the old archives byte for byte as the
 * old one did. */
#define SYNTH_10_SHA256 "470eaca76901b26db0fc31659a556fbd935a7fe4a92c116fb901d26e9563ef10"
#define SYNTH_1_SHA256  "b3e2f9e1159e3949b1b3e527e48b0c03a1091e17f57cc92f7f7f56d06f7bcbb6"

static void
assert_synth_digest (guint       years,
                     const char *expected)
{
  g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (years, 42);
  g_autoptr(GBytes) bytes = pln_json_serialize_workspace (workspace);
  g_autofree char *digest = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);

  g_assert_cmpstr (digest, ==, expected);
}

static void
test_synthetic_digest (void)
{
  assert_synth_digest (1, SYNTH_1_SHA256);
  assert_synth_digest (10, SYNTH_10_SHA256);
}

/* Every kind of moment against GLib's own ISO 8601: UTC and offsets east
 * and west, of hours, of half hours, under an hour west ("-00:30"), with
 * and without microseconds, years of fewer than four digits, and an
 * offset of seconds (left to GLib). */
static void
test_date_times (void)
{
  static const int offsets[] = { 0, 3600, 7200, -4 * 3600, 5 * 3600 + 1800, -(3 * 3600 + 1800), -1800, 45 * 60, 14 * 3600, 3661 };
  static const struct { int year, month, day, hour, minute; double seconds; } moments[] = {
    { 2023, 10, 5, 10, 0, 0 },
    { 2023, 3, 26, 1, 59, 59.25 },
    { 1999, 12, 31, 23, 59, 59.999999 },
    { 5, 1, 1, 0, 0, 0.000001 },
    { 812, 7, 9, 12, 30, 7 },
    { 9999, 12, 31, 0, 0, 1.5 },
  };

  for (guint o = 0; o < G_N_ELEMENTS (offsets); o++)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_offset (offsets[o]);

      for (guint m = 0; m < G_N_ELEMENTS (moments); m++)
        {
          g_autoptr(GDateTime) dt = g_date_time_new (tz, moments[m].year, moments[m].month, moments[m].day,
                                                     moments[m].hour, moments[m].minute, moments[m].seconds);
          g_autofree char *iso = g_date_time_format_iso8601 (dt);
          g_autofree char *expected = g_strdup_printf ("\"%s\"", iso);
          g_autoptr(GString) out = g_string_new (NULL);

          pln_json_write_date_time (out, dt);
          g_assert_cmpstr (out->str, ==, expected);
        }
    }

  /* The zones of the meetings, with their changes of offset. */
  {
    g_autoptr(GTimeZone) vienna = g_time_zone_new_identifier ("Europe/Vienna");
    g_autoptr(GTimeZone) kathmandu = g_time_zone_new_identifier ("Asia/Kathmandu");
    GTimeZone *zones[] = { vienna, kathmandu };

    for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
      for (guint month = 1; month <= 12 && zones[z] != NULL; month++)
        {
          g_autoptr(GDateTime) dt = g_date_time_new (zones[z], 2023, month, 15, 10, 30, 0);
          g_autofree char *iso = g_date_time_format_iso8601 (dt);
          g_autofree char *expected = g_strdup_printf ("\"%s\"", iso);
          g_autoptr(GString) out = g_string_new (NULL);

          pln_json_write_date_time (out, dt);
          g_assert_cmpstr (out->str, ==, expected);
        }
  }
}

/* Every byte a string can hold, written in runs between escapes, reads
 * back the same with json-glib; the escapes are json-glib's own. */
static void
test_strings (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  for (guint c = 1; c < 0x80; c++)
    {
      g_string_append_c (text, c);
      g_string_append (text, "plain run é 会议");
    }

  pln_json_write_string (out, text->str);
  json_parser_load_from_data (parser, out->str, out->len, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_node_get_string (json_parser_get_root (parser)), ==, text->str);

  g_string_truncate (out, 0);
  pln_json_write_string (out, "a\"b\\c\nd\re\tf\bg\fh\001i\037");
  g_assert_cmpstr (out->str, ==, "\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\\u001f\"");

  g_string_truncate (out, 0);
  pln_json_write_string (out, "");
  g_assert_cmpstr (out->str, ==, "\"\"");
}

/* ------------------------------------------------------------ snapshots */

static gpointer
nth (GListModel *list,
     guint       position)
{
  gpointer item = g_list_model_get_item (list, position);

  /* The list keeps it. */
  g_object_unref (item);
  return item;
}

/* A snapshot writes the bytes pln_json_serialize_workspace() writes. */
static void
assert_snapshot_current (PlnWorkspace *workspace)
{
  g_autoptr(GBytes) expected = pln_json_serialize_workspace (workspace);
  g_autoptr(PlnJsonSnapshot) snapshot = pln_json_snapshot_new (workspace);
  g_autoptr(GBytes) bytes = pln_json_snapshot_write (snapshot);

  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

/* The kept text of a meeting is written again after any edit inside it,
 * however deep, and after items come and go in any of its lists; the
 * meetings prepared ahead are not written again. */
static void
test_snapshot_edits (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (1, 7);
  GListModel *meetings = pln_workspace_get_meetings (workspace);
  PlnMeeting *first = nth (meetings, 0);
  PlnMeeting *second = nth (meetings, 1);
  g_autoptr(PlnRegistration) moved = NULL;
  g_autoptr(PlnRegistration) added = pln_registration_new ();
  g_autoptr(GDateTime) created = g_date_time_new_utc (2024, 2, 29, 23, 59, 1.5);

  assert_snapshot_current (workspace);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    g_assert_false (pln_json_prepare_meeting (nth (meetings, i)));

  pln_registration_set_name (nth (pln_meeting_get_registrations (first), 17), "Renamed “delegate”");
  g_assert_true (pln_json_prepare_meeting (first));
  g_assert_false (pln_json_prepare_meeting (second));
  assert_snapshot_current (workspace);

  pln_agenda_item_set_title (nth (pln_meeting_get_agenda (second), 2), "Another title");
  assert_snapshot_current (workspace);
  pln_recommendation_set_created (nth (pln_meeting_get_recommendations (second), 4), created);
  assert_snapshot_current (workspace);
  pln_meeting_set_city (second, "Geneva");
  assert_snapshot_current (workspace);

  pln_registration_set_name (added, "Added");
  pln_meeting_append_registration (first, added);
  assert_snapshot_current (workspace);

  /* A registration taken from one meeting into another counts in the
   * second one's edits from then on. */
  moved = g_object_ref (nth (pln_meeting_get_registrations (first), 3));
  pln_meeting_remove_registration (first, moved);
  assert_snapshot_current (workspace);
  pln_meeting_append_registration (second, moved);
  assert_snapshot_current (workspace);
  pln_registration_set_email (moved, "moved@example.org");
  assert_snapshot_current (workspace);

  pln_workspace_set_title (workspace, "Another workspace");
  pln_working_group_set_name (nth (pln_workspace_get_working_groups (workspace), 0), "Renamed group");
  assert_snapshot_current (workspace);

  pln_workspace_remove_meeting (workspace, first);
  assert_snapshot_current (workspace);
}

/* A snapshot is the workspace when it was taken, whatever is edited
 * while it is written. */
static void
test_snapshot_immutable (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (1, 7);
  PlnMeeting *meeting = nth (pln_workspace_get_meetings (workspace), 2);
  g_autoptr(GBytes) before = pln_json_serialize_workspace (workspace);
  g_autoptr(PlnJsonSnapshot) snapshot = pln_json_snapshot_new (workspace);
  g_autoptr(GBytes) bytes = NULL;

  pln_registration_set_name (nth (pln_meeting_get_registrations (meeting), 0), "Edited after the snapshot");
  pln_workspace_set_title (workspace, "Edited after the snapshot");
  g_assert_true (pln_json_prepare_meeting (meeting));

  bytes = pln_json_snapshot_write (snapshot);
  g_assert_true (g_bytes_equal (bytes, before));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-writer/synthetic-digest", test_synthetic_digest);
  g_test_add_func ("/json-writer/date-times", test_date_times);
  g_test_add_func ("/json-writer/strings", test_strings);
  g_test_add_func ("/json-writer/snapshot/edits", test_snapshot_edits);
  g_test_add_func ("/json-writer/snapshot/immutable", test_snapshot_immutable);

  return g_test_run ();
}
