/* test-ics.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libical-glib/libical-glib.h>

#include "plenary-core.h"
#include "pln-test-util.h"

/* The iCalendar text is parsed back with libical and the times compared
 * in UTC, so a wrong zone or a missing VTIMEZONE shows. */

/* Returns: (transfer full): the event @uid of @calendar, which has it */
static ICalComponent *
find_event (ICalComponent *calendar,
            const char    *uid)
{
  for (ICalComponent *c = i_cal_component_get_first_component (calendar, I_CAL_VEVENT_COMPONENT);
       c != NULL;
       c = i_cal_component_get_next_component (calendar, I_CAL_VEVENT_COMPONENT))
    {
      if (g_strcmp0 (i_cal_component_get_uid (c), uid) == 0)
        return c;
      g_object_unref (c);
    }

  g_error ("No event has the UID %s", uid);
}

static guint
count_of (const char *text,
          const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

typedef ICalTime *(*GetTime) (ICalComponent *event);

/* The time @get_time reads from @event (its start, its end) is the one
 * given, in UTC. */
static void
assert_utc (ICalComponent *event,
            GetTime        get_time,
            int            year,
            int            month,
            int            day,
            int            hour,
            int            minute)
{
  ICalTime *t = get_time (event);
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (i_cal_time_as_timet_with_zone (t, i_cal_time_get_timezone (t)));

  g_assert_cmpint (g_date_time_get_year (utc), ==, year);
  g_assert_cmpint (g_date_time_get_month (utc), ==, month);
  g_assert_cmpint (g_date_time_get_day_of_month (utc), ==, day);
  g_assert_cmpint (g_date_time_get_hour (utc), ==, hour);
  g_assert_cmpint (g_date_time_get_minute (utc), ==, minute);
  g_object_unref (t);
}

static void
test_demo_times (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = pln_ics_build_meetings (pln_workspace_get_meetings (workspace), &error);
  ICalComponent *calendar;
  ICalComponent *event;
  ICalTime *t;

  g_assert_no_error (error);
  calendar = i_cal_component_new_from_string (text);
  g_assert_nonnull (calendar);

  /* The zone by the name calendar programs know, once, with its current
   * rules only: one observance of each kind, not libical's history. */
  g_assert_nonnull (strstr (text, "DTSTART;TZID=Europe/Vienna:20231005T100000"));
  g_assert_null (strstr (text, "freeassociation"));
  g_assert_cmpuint (count_of (text, "BEGIN:VTIMEZONE"), ==, 1);
  g_assert_cmpuint (count_of (text, "TZID:Europe/Vienna"), ==, 1);
  g_assert_cmpuint (count_of (text, "BEGIN:STANDARD"), ==, 1);
  g_assert_cmpuint (count_of (text, "BEGIN:DAYLIGHT"), ==, 1);
  g_assert_null (strstr (text, "RDATE"));
  g_assert_null (strstr (text, "UNTIL="));

  /* 5 October 2023, 10:00 in Vienna (summer time) is 08:00 UTC. */
  event = find_event (calendar, "m-wg-7-2023-s1@plenary");
  assert_utc (event, i_cal_component_get_dtstart, 2023, 10, 5, 8, 0);
  g_assert_true (strstr (i_cal_component_get_summary (event), "Working Group on the Smuggling of Migrants, Tenth meeting") != NULL);
  g_assert_cmpstr (i_cal_component_get_location (event), ==, "Vienna International Centre, Vienna");
  g_object_unref (event);

  /* 6 October 2023, 18:00 in Vienna is 16:00 UTC. */
  event = find_event (calendar, "m-wg-7-2023-s4@plenary");
  assert_utc (event, i_cal_component_get_dtend, 2023, 10, 6, 16, 0);
  g_object_unref (event);

  /* The agenda items of a plenary meeting, "continued" derived as in the annex. */
  event = find_event (calendar, "m-wg-7-2022-s2@plenary");
  g_assert_true (strstr (i_cal_component_get_description (event),
                         "Agenda item 2: Good practices in cooperating with the private sector to prevent "
                         "and combat the smuggling of migrants (continued)") != NULL);
  g_object_unref (event);

  /* The meeting as an all-day event over its two days (DTEND exclusive). */
  event = find_event (calendar, "m-wg-7-2023@plenary");
  t = i_cal_component_get_dtend (event);
  g_assert_true (i_cal_time_is_date (t));
  g_assert_cmpint (i_cal_time_get_day (t), ==, 7);
  g_object_unref (t);
  g_object_unref (event);

  g_object_unref (calendar);
}

static PlnWorkspace *
winter_workspace (const char *city,
                  const char *zone)
{
  PlnWorkspace *workspace = pln_workspace_new ();
  g_autoptr(PlnMeeting) meeting = g_object_new (PLN_TYPE_MEETING, "id", "winter", NULL);
  g_autoptr(PlnSitting) sitting = NULL;
  g_autoptr(PlnAgendaItem) item = pln_agenda_item_new ();
  g_autoptr(PlnPlacement) placement = pln_placement_new ();
  g_autoptr(GDate) day = g_date_new_dmy (15, G_DATE_JANUARY, 2024);

  pln_meeting_set_first_day (meeting, day);
  pln_meeting_set_last_day (meeting, day);
  pln_meeting_set_city (meeting, city);
  pln_meeting_set_time_zone (meeting, zone);
  pln_meeting_set_ordinal (meeting, 21);
  pln_meeting_generate_sittings (meeting);
  pln_agenda_item_set_number (item, "2");
  pln_agenda_item_set_title (item, "Items; with, separators\nand a second line that is long enough to be folded by the writer of the file");
  pln_meeting_append_agenda_item (meeting, item);
  sitting = g_list_model_get_item (pln_meeting_get_sittings (meeting), 0);
  pln_placement_set_agenda_item (placement, item);
  pln_sitting_append_placement (sitting, placement);
  pln_workspace_append_meeting (workspace, meeting);

  return workspace;
}

static void
test_winter_and_escaping (void)
{
  g_autoptr(PlnWorkspace) workspace = winter_workspace ("Vienna, Austria; VIC", "Europe/Vienna");
  g_autoptr(PlnSitting) sitting = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *text = pln_ics_build_meetings (pln_workspace_get_meetings (workspace), NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  ICalComponent *calendar = i_cal_component_new_from_string (text);
  ICalComponent *event;

  /* Lines are folded at 75 octets. */
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_cmpuint (strlen (lines[i]), <=, 75);

  /* Commas and semicolons are escaped in the text, and come back whole. */
  g_assert_true (strstr (text, "Vienna\\, Austria\\; VIC") != NULL);

  {
    g_autoptr(PlnMeeting) meeting = g_list_model_get_item (pln_workspace_get_meetings (workspace), 0);
    sitting = g_list_model_get_item (pln_meeting_get_sittings (meeting), 0);
  }
  uid = g_strdup_printf ("%s@plenary", pln_sitting_get_id (sitting));
  event = find_event (calendar, uid);
  g_assert_cmpstr (i_cal_component_get_location (event), ==, "Vienna, Austria; VIC");
  g_assert_true (strstr (i_cal_component_get_description (event), "Items; with, separators\nand a second line") != NULL);

  /* 15 January 2024, 10:00 in Vienna (winter time) is 09:00 UTC. */
  assert_utc (event, i_cal_component_get_dtstart, 2024, 1, 15, 9, 0);
  g_object_unref (event);
  g_object_unref (calendar);
}

static void
test_unknown_zone_is_utc (void)
{
  g_autoptr(PlnWorkspace) workspace = winter_workspace ("Olympus", "Mars/Olympus_Mons");
  g_autofree char *text = pln_ics_build_meetings (pln_workspace_get_meetings (workspace), NULL);

  g_assert_null (strstr (text, "BEGIN:VTIMEZONE"));
  g_assert_true (strstr (text, "DTSTART:20240115T100000Z") != NULL);
}

/* A zone that gave up summer time (São Paulo in 2019): its VTIMEZONE
 * read alone, as a calendar program reads it, places 15 January 2024,
 * 10:00 at 13:00 UTC (UTC−3), not in the summer time of 2018. */
static void
test_zone_without_summer_time (void)
{
  g_autoptr(PlnWorkspace) workspace = winter_workspace ("São Paulo", "America/Sao_Paulo");
  g_autofree char *text = pln_ics_build_meetings (pln_workspace_get_meetings (workspace), NULL);
  ICalComponent *calendar = i_cal_component_new_from_string (text);
  ICalComponent *vtimezone = i_cal_component_get_first_component (calendar, I_CAL_VTIMEZONE_COMPONENT);
  ICalComponent *own = NULL;
  ICalTimezone *zone = i_cal_timezone_new ();
  ICalTime *start = i_cal_time_new_from_string ("20240115T100000");
  g_autoptr(GDateTime) utc = NULL;

  g_assert_nonnull (vtimezone);
  own = i_cal_component_clone (vtimezone);
  g_assert_true (i_cal_timezone_set_component (zone, own));
  utc = g_date_time_new_from_unix_utc (i_cal_time_as_timet_with_zone (start, zone));
  g_assert_cmpint (g_date_time_get_hour (utc), ==, 13);

  g_object_unref (start);
  g_object_unref (own);
  g_object_unref (zone);
  g_object_unref (vtimezone);
  g_object_unref (calendar);
}

static void
test_export_file (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "meetings.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (pln_ics_export (pln_workspace_get_meetings (workspace), file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (strstr (contents, "PRODID:-//Plenary//") != NULL);
}

int
main (int   argc,
      char *argv[])
{
  pln_test_init_home ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ics/demo-times", test_demo_times);
  g_test_add_func ("/ics/winter-and-escaping", test_winter_and_escaping);
  g_test_add_func ("/ics/unknown-zone-is-utc", test_unknown_zone_is_utc);
  g_test_add_func ("/ics/export-file", test_export_file);
  g_test_add_func ("/ics/zone-without-summer-time", test_zone_without_summer_time);

  return g_test_run ();
}
