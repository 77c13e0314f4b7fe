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

/* The recurrence rule of an observance without its end ("FREQ=YEARLY;
 * BYDAY=-1SU;BYMONTH=10"), or NULL. */
static char *
rule_of (ICalComponent *observance)
{
  ICalProperty *rrule = i_cal_component_get_first_property (observance, I_CAL_RRULE_PROPERTY);
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) rule = g_string_new (NULL);

  if (rrule == NULL)
    return NULL;
  text = i_cal_property_get_value_as_string (rrule);
  g_object_unref (rrule);
  parts = g_strsplit (g_strstrip (text), ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (!g_str_has_prefix (parts[i], "UNTIL="))
      g_string_append_printf (rule, "%s%s", rule->len ? ";" : "", parts[i]);
  return g_string_free (g_steal_pointer (&rule), FALSE);
}

/* Whether @observance moves the clock: libical ends the history of a
 * zone without summer time with one that does not, dated 2038. */
static gboolean
changes_offset (ICalComponent *observance)
{
  ICalProperty *from = i_cal_component_get_first_property (observance, I_CAL_TZOFFSETFROM_PROPERTY);
  ICalProperty *to = i_cal_component_get_first_property (observance, I_CAL_TZOFFSETTO_PROPERTY);
  gboolean changes = from == NULL || to == NULL ||
                     i_cal_property_get_tzoffsetfrom (from) != i_cal_property_get_tzoffsetto (to);

  g_clear_object (&from);
  g_clear_object (&to);
  return changes;
}

/* Of the observances of @kind, the one that applies now and on: the
 * last to begin that moves the clock (one that does not, dated 2038,
 * would leave the summer time of a zone that gave it up in force until
 * then), its start moved back to the first of the same rule, so that
 * the rule covers the years since ("since 1996" rather than "from
 * 2037", as libical splits a zone's history). */
static ICalComponent *
current_observance (ICalComponent     *full,
                    ICalComponentKind  kind)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *rule = NULL;
  g_autoptr(ICalTime) first = NULL;
  ICalComponent *latest = NULL;
  ICalComponent *current;
  gboolean any_change = FALSE;

  for (ICalComponent *sub = i_cal_component_get_first_component (full, kind); sub != NULL;
       sub = i_cal_component_get_next_component (full, kind))
    {
      g_ptr_array_add (all, sub);
      any_change |= changes_offset (sub);
    }

  for (guint i = 0; i < all->len; i++)
    {
      g_autoptr(ICalTime) start = i_cal_component_get_dtstart (all->pdata[i]);
      g_autoptr(ICalTime) best = latest ? i_cal_component_get_dtstart (latest) : NULL;

      if (any_change && !changes_offset (all->pdata[i]))
        continue;
      if (latest == NULL || i_cal_time_compare (start, best) > 0)
        latest = all->pdata[i];
    }
  if (latest == NULL)
    return NULL;

  current = i_cal_component_clone (latest);
  rule = rule_of (latest);
  first = i_cal_component_get_dtstart (latest);
  for (guint i = 0; rule != NULL && i < all->len; i++)
    {
      g_autofree char *other = rule_of (all->pdata[i]);
      g_autoptr(ICalTime) start = i_cal_component_get_dtstart (all->pdata[i]);

      if (g_strcmp0 (other, rule) == 0 && i_cal_time_compare (start, first) < 0)
        {
          g_clear_object (&first);
          first = g_steal_pointer (&start);
        }
    }
  i_cal_component_set_dtstart (current, first);
  return current;
}

/* The VTIMEZONE of @zone with its current rules only, named @tzid as
 * calendar programs know it ("Europe/Vienna"): libical's built-in zone
 * carries its own prefix (/freeassociation.sourceforge.net/…) and every
 * transition since the nineteenth century. */
static ICalComponent *
current_vtimezone (ICalTimezone *zone,
                   const char   *tzid)
{
  g_autoptr(ICalComponent) full = i_cal_timezone_get_component (zone);
  ICalComponent *vtimezone = i_cal_component_new_vtimezone ();
  const ICalComponentKind kinds[] = { I_CAL_XSTANDARD_COMPONENT, I_CAL_XDAYLIGHT_COMPONENT };

  i_cal_component_take_property (vtimezone, i_cal_property_new_tzid (tzid));
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      ICalComponent *observance = current_observance (full, kinds[k]);

      if (observance != NULL)
        i_cal_component_take_component (vtimezone, observance);
    }

  return vtimezone;
}

/* DTSTART or DTEND of @event as local time of the zone named @tzid. */
static void
name_zone (ICalComponent    *event,
           ICalPropertyKind  kind,
           const char       *tzid)
{
  ICalProperty *property = i_cal_component_get_first_property (event, kind);

  if (property == NULL)
    return;
  i_cal_property_take_parameter (property, i_cal_parameter_new_tzid (tzid));
  g_object_unref (property);
}

static void
add_event (ICalComponent *calendar,
           const char    *uid,
           const char    *summary,
           const char    *where,
           const char    *description,
           ICalTime      *start,
           ICalTime      *end,
           const char    *tzid,
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
  if (tzid != NULL)
    {
      name_zone (event, I_CAL_DTSTART_PROPERTY, tzid);
      name_zone (event, I_CAL_DTEND_PROPERTY, tzid);
    }

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
  gboolean utc;
  GDate after;

  if (first == NULL)
    return;

  /* A time zone libical does not know is written as UTC rather than as a
   * local time nobody could place. */
  utc = zone == NULL;
  if (zone == NULL)
    zone = i_cal_timezone_get_utc_timezone ();
  else if (!g_hash_table_contains (zones, tzid))
    {
      g_hash_table_add (zones, g_strdup (tzid));
      i_cal_component_take_component (calendar, current_vtimezone (zone, tzid));
    }

  /* The meeting over its days: DTEND of an all-day event is exclusive. */
  after = last != NULL ? *last : *first;
  g_date_add_days (&after, 1);
  {
    g_autoptr(ICalTime) start = day_time (first);
    g_autoptr(ICalTime) end = day_time (&after);

    add_event (calendar, uid, title, where, NULL, start, end, NULL, stamp);
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
      /* Times of a known zone are written as its local times, with the
       * zone's plain name; otherwise in UTC. */
      start = local_time (date, pln_sitting_get_start (sitting), utc ? zone : NULL);
      end = local_time (date, pln_sitting_get_end (sitting), utc ? zone : NULL);
      add_event (calendar, sitting_uid, summary, where, description, start, end, utc ? NULL : tzid, stamp);
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
