/* pln-module-ical.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-ics"

#include "config.h"

#include <gmodule.h>
#include <libical-glib/libical-glib.h>

#include "pln-module.h"

/* libical-glib 3.0 does not declare these; its types are GObjects. */
#ifndef I_CAL_AUTOPTR_DEFINED
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ICalComponent, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ICalTime, g_object_unref)
#endif

/* iCalendar (RFC 5545) through libical: a module of its own
 * (pln-module.h), loaded when a calendar is first exported or published.
 * The events come as plain data from pln-ics.c; libical does the escaping,
 * the line folding and the time zone rules. */

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

/* The calendar of @events: each zone named is given its VTIMEZONE, before
 * the first event that names it. */
static char *
build (const PlnIcsEvent *events,
       guint              n_events,
       const char        *prodid)
{
  g_autoptr(ICalComponent) calendar = i_cal_component_new_vcalendar ();
  g_autoptr(GHashTable) zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(ICalTime) stamp = i_cal_time_new_current_with_zone (i_cal_timezone_get_utc_timezone ());

  i_cal_component_take_property (calendar, i_cal_property_new_version ("2.0"));
  i_cal_component_take_property (calendar, i_cal_property_new_prodid (prodid));
  i_cal_component_take_property (calendar, i_cal_property_new_method (I_CAL_METHOD_PUBLISH));

  for (guint i = 0; i < n_events; i++)
    {
      const PlnIcsEvent *event = &events[i];
      ICalTimezone *zone = event->tzid ? i_cal_timezone_get_builtin_timezone (event->tzid) : NULL;
      g_autoptr(ICalTime) start = NULL;
      g_autoptr(ICalTime) end = NULL;

      if (zone != NULL && !g_hash_table_contains (zones, event->tzid))
        {
          g_hash_table_add (zones, g_strdup (event->tzid));
          i_cal_component_take_component (calendar, current_vtimezone (zone, event->tzid));
        }

      if (event->start_minutes < 0)
        {
          /* DTEND of an all-day event is exclusive. */
          start = day_time (&event->start_day);
          end = day_time (&event->end_day);
          add_event (calendar, event->uid, event->summary, event->location, event->description,
                     start, end, NULL, stamp);
        }
      else if (zone != NULL)
        {
          /* Local times of a known zone, with the zone's plain name. */
          start = local_time (&event->start_day, event->start_minutes, NULL);
          end = local_time (&event->end_day, event->end_minutes, NULL);
          add_event (calendar, event->uid, event->summary, event->location, event->description,
                     start, end, event->tzid, stamp);
        }
      else
        {
          /* A time zone libical does not know is written as UTC rather
           * than as a local time nobody could place. */
          ICalTimezone *utc = i_cal_timezone_get_utc_timezone ();

          start = local_time (&event->start_day, event->start_minutes, utc);
          end = local_time (&event->end_day, event->end_minutes, utc);
          add_event (calendar, event->uid, event->summary, event->location, event->description,
                     start, end, NULL, stamp);
        }
    }

  return i_cal_component_as_ical_string (calendar);
}

G_MODULE_EXPORT gconstpointer pln_module_get (void);

gconstpointer
pln_module_get (void)
{
  static const PlnIcalModule module = { PLN_MODULE_INTERFACE, build };

  return &module;
}
