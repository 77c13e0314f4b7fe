/* pln-format.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Dates and times as the interface shows them: in its language, through
 * GDateTime's locale-aware formats, which translators can reorder. The
 * documents write their dates in English (pln_date_format_en()). */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "pln-format.h"

/**
 * pln_format_day:
 *
 * Returns: (transfer full): "Monday 6 October 2025" in the interface's language
 */
char *
pln_format_day (GDateTime *day)
{
  /* Translators: a day in full, see the GDateTime format codes */
  return g_date_time_format (day, _("%A %-d %B %Y"));
}

static GDateTime *
date_time_new (const GDate *date)
{
  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date), 0, 0, 0);
}

/**
 * pln_format_date:
 *
 * Returns: (transfer full): a short date, "6 Oct 2025", in the interface's language
 */
char *
pln_format_date (const GDate *date)
{
  g_autoptr(GDateTime) dt = NULL;
  char *text;

  g_return_val_if_fail (date != NULL && g_date_valid (date), g_strdup (""));

  dt = date_time_new (date);
  /* Translators: a short date (the sidebar, the meeting plan), see the GDateTime format codes */
  text = g_date_time_format (dt, C_("sidebar date", "%-d %b %Y"));
  return g_strstrip (text);
}

/**
 * pln_format_time:
 *
 * Returns: (transfer full): a time of day, "15:00"
 */
char *
pln_format_time (GDateTime *time)
{
  /* Translators: a time of day, see the GDateTime format codes; meetings keep the 24-hour clock */
  return g_date_time_format (time, C_("time of day", "%H:%M"));
}

/**
 * pln_format_changed:
 * @object: a model object
 * @now: (nullable): the present, for whether the change was today;
 *   %NULL for the clock's
 *
 * Returns: (transfer full) (nullable): who saved the last change of
 *   @object and when, "Changed by Maria Lopez at 14:32", with the day when
 *   it was not today (local time); %NULL when no save recorded one
 */
char *
pln_format_changed (PlnObject *object,
                    GDateTime *now)
{
  g_return_val_if_fail (PLN_IS_OBJECT (object), NULL);

  return pln_format_change (pln_object_get_changed_by (object), pln_object_get_changed_at (object), now);
}

/**
 * pln_format_change:
 * @by: (nullable): who saved a change
 * @at: (nullable): when
 * @now: (nullable): the present; %NULL for the clock's
 *
 * Returns: (transfer full) (nullable): as pln_format_changed() says it
 */
char *
pln_format_change (const char *by,
                   GDateTime  *at,
                   GDateTime  *now)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autofree char *time = NULL;
  g_autofree char *day = NULL;
  int y1, m1, d1, y2, m2, d2;

  if (at == NULL)
    /* Translators: who saved the last change of something, when the time is not known */
    return by != NULL ? g_strdup_printf (_("Changed by %s"), by) : NULL;

  local = g_date_time_to_local (at);
  today = now != NULL ? g_date_time_to_local (now) : g_date_time_new_now_local ();
  time = pln_format_time (local);
  g_date_time_get_ymd (local, &y1, &m1, &d1);
  g_date_time_get_ymd (today, &y2, &m2, &d2);

  if (y1 == y2 && m1 == m2 && d1 == d2)
    {
      if (by == NULL)
        /* Translators: when the last change of something was saved, today; a time of day */
        return g_strdup_printf (_("Changed at %s"), time);
      /* Translators: who saved the last change of something and when, today: "Changed by Maria Lopez at 14:32" */
      return g_strdup_printf (_("Changed by %s at %s"), by, time);
    }

  /* Translators: a short date, see the GDateTime format codes */
  day = g_strstrip (g_date_time_format (local, C_("sidebar date", "%-d %b %Y")));
  if (by == NULL)
    /* Translators: when the last change of something was saved: a date, a time of day */
    return g_strdup_printf (_("Changed on %s at %s"), day, time);
  /* Translators: who saved the last change of something and when: "Changed by Maria Lopez on 6 Oct 2025 at 14:32" */
  return g_strdup_printf (_("Changed by %s on %s at %s"), by, day, time);
}

/**
 * pln_format_minutes:
 * @minutes: minutes since midnight
 *
 * Returns: (transfer full): that time of day, as pln_format_time() writes it
 */
char *
pln_format_minutes (int minutes)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (2000, 1, 1, minutes / 60, minutes % 60, 0);

  return pln_format_time (dt);
}

/**
 * pln_format_sitting_when:
 *
 * Returns: (transfer full) (nullable): the day and times of @sitting in
 *   the venue's time zone, "Monday 6 October 2025, 10:00–13:00", or %NULL
 *   when it has no date or times yet
 */
char *
pln_format_sitting_when (PlnMeeting *meeting,
                         PlnSitting *sitting)
{
  g_autoptr(GTimeZone) tz = pln_meeting_dup_time_zone (meeting);
  g_autoptr(GDateTime) start = pln_sitting_dup_start_date_time (sitting, tz);
  g_autoptr(GDateTime) end = pln_sitting_dup_end_date_time (sitting, tz);
  g_autofree char *day = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (start == NULL || end == NULL)
    return NULL;

  day = pln_format_day (start);
  from = pln_format_time (start);
  to = pln_format_time (end);
  /* Translators: a day, then the start and end times of a plenary meeting, in the venue's time zone */
  return g_strdup_printf (_("%s, %s–%s"), day, from, to);
}

/**
 * pln_format_meeting_short_title:
 *
 * Returns: (transfer full): the title of a meeting's page, "SOM · Meeting 10":
 *   its working group's short name and its number
 */
char *
pln_format_meeting_short_title (PlnMeeting *meeting)
{
  PlnWorkingGroup *group = pln_meeting_get_working_group (meeting);
  const char *short_name = group ? pln_working_group_get_short_name (group) : NULL;

  /* Translators: the title of a meeting's page: a working group's short name and the meeting's number */
  return g_strdup_printf (_("%s · Meeting %u"), short_name ? short_name : "", pln_meeting_get_ordinal (meeting));
}

/**
 * pln_format_meeting_dates:
 *
 * Returns: (transfer full): "6 Oct 2025 – 8 Oct 2025", one date for a
 *   one-day meeting, or "No dates yet"
 */
char *
pln_format_meeting_dates (PlnMeeting *meeting)
{
  const GDate *first = pln_meeting_get_first_day (meeting);
  const GDate *last = pln_meeting_get_last_day (meeting);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (first == NULL)
    return g_strdup (_("No dates yet"));

  start = pln_format_date (first);
  if (last == NULL || g_date_compare (first, last) == 0)
    return g_steal_pointer (&start);

  end = pln_format_date (last);
  /* Translators: the first and last day of a meeting */
  return g_strdup_printf (C_("date range", "%s – %s"), start, end);
}

/**
 * pln_format_in_reading_order:
 * @text: a text mixing names, numbers or addresses with translated words
 *
 * A paragraph reads in the direction of its first letter: in a right-to-left
 * interface, a text that starts with a delegation or a file name in Latin
 * letters would be laid out from the left. A right-to-left mark first keeps
 * it reading from the right; other interfaces get @text as it is.
 *
 * Returns: (transfer full): @text, ready to be shown
 */
char *
pln_format_in_reading_order (const char *text)
{
  if (gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL)
    return g_strconcat ("\u200F", text, NULL);

  return g_strdup (text);
}

/**
 * pln_format_binding_text:
 *
 * A #GBindingTransformFunc for a string property shown in an entry or a
 * label, which take no %NULL: a missing value is shown as empty text.
 */
gboolean
pln_format_binding_text (GBinding     *binding,
                         const GValue *from,
                         GValue       *to,
                         gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL ? text : "");
  return TRUE;
}

/**
 * pln_format_binding_reading_order:
 *
 * A #GBindingTransformFunc for a string shown in a label of a list: as
 * pln_format_binding_text(), laid out in the interface's direction
 * (pln_format_in_reading_order()), so that the rows of a list in a
 * right-to-left interface all align to the right whatever their language.
 */
gboolean
pln_format_binding_reading_order (GBinding     *binding,
                                  const GValue *from,
                                  GValue       *to,
                                  gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_take_string (to, pln_format_in_reading_order (text != NULL ? text : ""));
  return TRUE;
}

/**
 * pln_format_binding_changed:
 *
 * A transform of a binding from a model object's "changed-at" to a text
 * property: who changed the object and when, as pln_format_changed()
 * says it, or nothing.
 */
gboolean
pln_format_binding_changed (GBinding     *binding,
                            const GValue *from,
                            GValue       *to,
                            gpointer      user_data)
{
  g_autoptr(GObject) object = g_binding_dup_source (binding);

  if (object == NULL)
    return FALSE;

  g_value_take_string (to, pln_format_changed (PLN_OBJECT (object), NULL));
  return TRUE;
}
