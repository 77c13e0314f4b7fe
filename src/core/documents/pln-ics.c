/* pln-ics.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-ics"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical-glib/libical-glib.h>

#include "plenary-core.h"
#include "pln-ics.h"

/* libical-glib 3.0 does not declare these; its types are GObjects. */
#ifndef I_CAL_AUTOPTR_DEFINED
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ICalComponent, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ICalTime, g_object_unref)
#endif

/* Meetings as iCalendar (RFC 5545), for delegations to import into their
 * own calendars: each meeting as an all-day event over its days, each
 * plenary meeting as an event at its time in the venue's time zone (with
 * that zone's VTIMEZONE), the agenda items it takes up in its description.
 * libical does the escaping, the line folding and the time zone rules.
 *
 * The text is English, like the meeting's documents: delegations of every
 * language receive the same file. */

static ICalTime *
local_time (const GDate  *date,
            int           minutes,
            ICalTimezone *zone)
{
  ICalTime *t = i_cal_time_new_null_time ();

  i_cal_time_set_date (t, g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
  i_cal_time_set_time (t, minutes / 60, minutes % 60, 0);
  i_cal_time_set_timezone (t, zone);
  return t;
}

static ICalTime *
day_time (const GDate *date)
{
  ICalTime *t = i_cal_time_new_null_time ();

  i_cal_time_set_date (t, g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
  i_cal_time_set_is_date (t, TRUE);
  return t;
}

static char *
meeting_title (PlnMeeting *meeting)
{
  PlnWorkingGroup *group = pln_meeting_get_working_group (meeting);
  g_autofree char *title = pln_meeting_dup_title_en (meeting);

  if (group == NULL || pln_working_group_get_name (group) == NULL)
    return g_steal_pointer (&title);

  return g_strdup_printf ("%s, %s", pln_working_group_get_name (group), title);
}

static char *
location (PlnMeeting *meeting)
{
  const char *venue = pln_meeting_get_venue (meeting);
  const char *city = pln_meeting_get_city (meeting);

  if (venue != NULL && city != NULL)
    return g_strdup_printf ("%s, %s", venue, city);

  return g_strdup (venue ? venue : city);
}

static char *
sitting_description (PlnMeeting *meeting,
                     PlnSitting *sitting)
{
  GListModel *placements = pln_sitting_get_placements (sitting);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (placements); i++)
    {
      g_autoptr(PlnPlacement) placement = g_list_model_get_item (placements, i);
      PlnAgendaItem *item = pln_placement_get_agenda_item (placement);
      g_autofree char *label = NULL;

      if (item == NULL)
        continue;

      label = pln_agenda_item_dup_label (item);
      g_string_append_printf (text, "%sAgenda item %s: %s%s",
                              text->len > 0 ? "\n" : "",
                              label, pln_agenda_item_get_title (item) ?: "",
                              pln_meeting_is_placement_continued (meeting, sitting, i) ? " (continued)" : "");
    }

  return g_string_free (text, FALSE);
}

static void
add_event (ICalComponent *calendar,
           const char    *uid,
           const char    *summary,
           const char    *where,
           const char    *description,
           ICalTime      *start,
           ICalTime      *end,
           ICalTime      *stamp)
{
  ICalComponent *event = i_cal_component_new_vevent ();

  i_cal_component_set_uid (event, uid);
  i_cal_component_set_dtstamp (event, stamp);
  i_cal_component_set_dtstart (event, start);
  i_cal_component_set_dtend (event, end);
  i_cal_component_set_summary (event, summary);
  if (where != NULL)
    i_cal_component_set_location (event, where);
  if (description != NULL && *description != '\0')
    i_cal_component_set_description (event, description);

  i_cal_component_take_component (calendar, event);
}

static void
add_meeting (ICalComponent *calendar,
             PlnMeeting    *meeting,
             GHashTable    *zones,
             ICalTime      *stamp)
{
  const char *tzid = pln_meeting_get_time_zone (meeting);
  ICalTimezone *zone = tzid ? i_cal_timezone_get_builtin_timezone (tzid) : NULL;
  g_autofree char *title = meeting_title (meeting);
  g_autofree char *where = location (meeting);
  g_autofree char *uid = g_strdup_printf ("%s@plenary", pln_meeting_get_id (meeting));
  const GDate *first = pln_meeting_get_first_day (meeting);
  const GDate *last = pln_meeting_get_last_day (meeting);
  GListModel *sittings = pln_meeting_get_sittings (meeting);
  GDate after;

  if (first == NULL)
    return;

  /* A time zone libical does not know is written as UTC rather than as a
   * local time nobody could place. */
  if (zone == NULL)
    zone = i_cal_timezone_get_utc_timezone ();
  else if (!g_hash_table_contains (zones, tzid))
    {
      /* A copy: the zone's own component belongs to libical's built-in zone. */
      g_autoptr(ICalComponent) own = i_cal_timezone_get_component (zone);

      g_hash_table_add (zones, g_strdup (tzid));
      i_cal_component_take_component (calendar, i_cal_component_clone (own));
    }

  /* The meeting over its days: DTEND of an all-day event is exclusive. */
  after = last != NULL ? *last : *first;
  g_date_add_days (&after, 1);
  {
    g_autoptr(ICalTime) start = day_time (first);
    g_autoptr(ICalTime) end = day_time (&after);

    add_event (calendar, uid, title, where, NULL, start, end, stamp);
  }

  for (guint i = 0; i < g_list_model_get_n_items (sittings); i++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, i);
      const GDate *date = pln_sitting_get_date (sitting);
      g_autofree char *sitting_uid = g_strdup_printf ("%s@plenary", pln_sitting_get_id (sitting));
      g_autofree char *summary = NULL;
      g_autofree char *description = NULL;
      g_autoptr(ICalTime) start = NULL;
      g_autoptr(ICalTime) end = NULL;

      if (date == NULL)
        continue;

      summary = g_strdup_printf ("%s: %s", title, pln_sitting_get_name (sitting) ?: "plenary meeting");
      description = sitting_description (meeting, sitting);
      start = local_time (date, pln_sitting_get_start (sitting), zone);
      end = local_time (date, pln_sitting_get_end (sitting), zone);
      add_event (calendar, sitting_uid, summary, where, description, start, end, stamp);
    }
}

/**
 * pln_ics_build_meetings:
 * @meetings: a list of #PlnMeeting
 *
 * Returns: (transfer full): the iCalendar text of @meetings
 */
char *
pln_ics_build_meetings (GListModel  *meetings,
                        GError     **error)
{
  g_autoptr(ICalComponent) calendar = i_cal_component_new_vcalendar ();
  g_autoptr(GHashTable) zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(ICalTime) stamp = i_cal_time_new_current_with_zone (i_cal_timezone_get_utc_timezone ());

  g_return_val_if_fail (G_IS_LIST_MODEL (meetings), NULL);

  i_cal_component_take_property (calendar, i_cal_property_new_version ("2.0"));
  i_cal_component_take_property (calendar, i_cal_property_new_prodid ("-//Plenary//Plenary " PACKAGE_VERSION "//EN"));
  i_cal_component_take_property (calendar, i_cal_property_new_method (I_CAL_METHOD_PUBLISH));

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);

      add_meeting (calendar, meeting, zones, stamp);
    }

  return i_cal_component_as_ical_string (calendar);
}

/**
 * pln_ics_export:
 *
 * Writes @meetings as an iCalendar file, atomically and durably: a full
 * disk leaves the calendar that was there as it was.
 */
gboolean
pln_ics_export (GListModel    *meetings,
                GFile         *file,
                GCancellable  *cancellable,
                GError       **error)
{
  char *text = pln_ics_build_meetings (meetings, error);
  g_autoptr(GBytes) bytes = NULL;

  if (text == NULL)
    return FALSE;

  /* Meetings, places and times only, published to be shared: no reason
   * to make the file private. */
  bytes = g_bytes_new_take (text, strlen (text));
  return pln_file_write_safely (file, bytes, PLN_WRITE_NONE, NULL, NULL, cancellable, error);
}
