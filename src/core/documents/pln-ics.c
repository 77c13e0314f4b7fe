/* pln-ics.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-ics"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-core.h"
#include "pln-ics.h"
#include "pln-module.h"

/* Meetings as iCalendar (RFC 5545), for delegations to import into their
 * own calendars: each meeting as an all-day event over its days, each
 * plenary meeting as an event at its time in the venue's time zone (with
 * that zone's VTIMEZONE), the agenda items it takes up in its description.
 * The events are gathered here; libical, in its module (pln-module-ical.c),
 * writes them.
 *
 * The text is English, like the meeting's documents: delegations of every
 * language receive the same file. */

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

/* The events of @meeting, their strings in @strings. */
static void
add_meeting (GArray       *events,
             GStringChunk *strings,
             PlnMeeting   *meeting)
{
  const char *tzid = pln_meeting_get_time_zone (meeting);
  g_autofree char *title = meeting_title (meeting);
  g_autofree char *where = location (meeting);
  g_autofree char *uid = g_strdup_printf ("%s@plenary", pln_meeting_get_id (meeting));
  const GDate *first = pln_meeting_get_first_day (meeting);
  const GDate *last = pln_meeting_get_last_day (meeting);
  GListModel *sittings = pln_meeting_get_sittings (meeting);
  const char *kept_title;
  const char *kept_where;
  const char *kept_tzid;
  PlnIcsEvent event = { NULL, };

  if (first == NULL)
    return;

  kept_title = g_string_chunk_insert (strings, title);
  kept_where = where != NULL ? g_string_chunk_insert (strings, where) : NULL;
  kept_tzid = tzid != NULL ? g_string_chunk_insert_const (strings, tzid) : NULL;

  /* The meeting over its days. */
  event.uid = g_string_chunk_insert (strings, uid);
  event.summary = kept_title;
  event.location = kept_where;
  event.tzid = kept_tzid;
  event.start_day = *first;
  event.end_day = last != NULL ? *last : *first;
  g_date_add_days (&event.end_day, 1);
  event.start_minutes = event.end_minutes = -1;
  g_array_append_val (events, event);

  for (guint i = 0; i < g_list_model_get_n_items (sittings); i++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, i);
      const GDate *date = pln_sitting_get_date (sitting);
      g_autofree char *sitting_uid = NULL;
      g_autofree char *summary = NULL;
      g_autofree char *description = NULL;
      PlnIcsEvent at = { NULL, };

      if (date == NULL)
        continue;

      sitting_uid = g_strdup_printf ("%s@plenary", pln_sitting_get_id (sitting));
      summary = g_strdup_printf ("%s: %s", title, pln_sitting_get_name (sitting) ?: "plenary meeting");
      description = sitting_description (meeting, sitting);
      at.uid = g_string_chunk_insert (strings, sitting_uid);
      at.summary = g_string_chunk_insert (strings, summary);
      at.location = kept_where;
      at.description = g_string_chunk_insert (strings, description);
      at.tzid = kept_tzid;
      at.start_day = at.end_day = *date;
      at.start_minutes = pln_sitting_get_start (sitting);
      at.end_minutes = pln_sitting_get_end (sitting);
      g_array_append_val (events, at);
    }
}

/**
 * pln_ics_build_meetings:
 * @meetings: a list of #PlnMeeting
 *
 * Returns: (transfer full): the iCalendar text of @meetings, or %NULL
 *   with @error set
 */
char *
pln_ics_build_meetings (GListModel  *meetings,
                        GError     **error)
{
  g_autoptr(GArray) events = g_array_new (FALSE, TRUE, sizeof (PlnIcsEvent));
  g_autoptr(GStringChunk) strings = g_string_chunk_new (4096);
  const PlnIcalModule *ical;

  g_return_val_if_fail (G_IS_LIST_MODEL (meetings), NULL);

  if ((ical = _pln_module_get_ical (error)) == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);

      add_meeting (events, strings, meeting);
    }

  return ical->build ((const PlnIcsEvent *) events->data, events->len, "-//Plenary//Plenary " PACKAGE_VERSION "//EN");
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
