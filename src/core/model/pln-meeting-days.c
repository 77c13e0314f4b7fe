/* pln-meeting-days.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-meeting"

#include "config.h"

#include "pln-model-private.h"
#include "pln-agenda-item.h"
#include "pln-placement.h"
#include "pln-sitting.h"
#include "pln-registration.h"
#include "pln-recommendation.h"
#include "pln-export-record.h"
#include "pln-meeting-private.h"
#include "pln-meeting-recommendations.h"

/* The days of a meeting and its plenary meetings (sittings): the list,
 * the default morning and afternoon ones, and the "(continued)" of the
 * organization of work. */

/**
 * pln_meeting_get_sittings:
 *
 * Returns: (transfer none): the plenary meetings, a list of #PlnSitting
 */
GListModel *
pln_meeting_get_sittings (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->sittings);
}

void
pln_meeting_append_sitting (PlnMeeting *self,
                            PlnSitting *sitting)
{
  g_return_if_fail (PLN_IS_MEETING (self));

  pln_meeting_insert_sitting (self, G_MAXUINT, sitting);
}

void
pln_meeting_insert_sitting (PlnMeeting *self,
                            guint       position,
                            PlnSitting *sitting)
{
  g_return_if_fail (PLN_IS_MEETING (self));

  pln_object_list_insert (self->sittings, position, sitting);
}

/**
 * pln_meeting_remove_sitting:
 *
 * Returns: the position @sitting had, for undo, or -1 if it was not there
 */
int
pln_meeting_remove_sitting (PlnMeeting *self,
                            PlnSitting *sitting)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), -1);

  return pln_object_list_remove (self->sittings, sitting);
}

gboolean
pln_meeting_move_sitting (PlnMeeting *self,
                          PlnSitting *sitting,
                          guint       position)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), FALSE);

  return pln_object_list_move (self->sittings, sitting, position);
}

/**
 * pln_meeting_dup_time_zone:
 *
 * Returns: (transfer full): the time zone of the venue; UTC when none is
 *   set or the identifier is unknown
 */
GTimeZone *
pln_meeting_dup_time_zone (PlnMeeting *self)
{
  GTimeZone *tz = NULL;

  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  if (self->time_zone != NULL)
    tz = g_time_zone_new_identifier (self->time_zone);

  return tz != NULL ? tz : g_time_zone_new_utc ();
}

/**
 * pln_meeting_get_n_days:
 *
 * Returns: the number of meeting days, first and last included; 0 when the
 *   dates are not set or the last day is before the first
 */
guint
pln_meeting_get_n_days (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), 0);

  if (!g_date_valid (&self->first_day))
    return 0;
  if (!g_date_valid (&self->last_day))
    return 1;
  if (g_date_compare (&self->last_day, &self->first_day) < 0)
    return 0;

  return g_date_days_between (&self->first_day, &self->last_day) + 1;
}

/**
 * pln_meeting_get_day:
 * @index: 0 for Day 1
 * @date: (out caller-allocates): the date of that day
 *
 * Returns: %TRUE if the meeting has such a day
 */
gboolean
pln_meeting_get_day (PlnMeeting *self,
                     guint       index,
                     GDate      *date)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  if (index >= pln_meeting_get_n_days (self))
    return FALSE;

  *date = self->first_day;
  g_date_add_days (date, index);
  return TRUE;
}

/**
 * pln_meeting_get_day_index:
 *
 * Returns: 0 for Day 1 …, or -1 when @date is not a day of the meeting
 */
int
pln_meeting_get_day_index (PlnMeeting  *self,
                           const GDate *date)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), -1);

  if (date == NULL || !g_date_valid (date) || !g_date_valid (&self->first_day))
    return -1;

  if (g_date_compare (date, &self->first_day) < 0)
    return -1;
  if ((guint) g_date_days_between (&self->first_day, date) >= pln_meeting_get_n_days (self))
    return -1;

  return g_date_days_between (&self->first_day, date);
}

/**
 * pln_meeting_generate_sittings:
 *
 * Replaces the plenary meetings by a morning and an afternoon one on each
 * day of the meeting, at the meeting's default times (10:00–13:00 and
 * 15:00–18:00 unless changed), named "Plenary meeting 1" … in the interface language
 */
void
pln_meeting_generate_sittings (PlnMeeting *self)
{
  g_autoptr(GPtrArray) sittings = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_days;
  guint counter = 0;

  g_return_if_fail (PLN_IS_MEETING (self));

  n_days = pln_meeting_get_n_days (self);
  for (guint day = 0; day < n_days; day++)
    {
      const int starts[] = { self->morning_start, self->afternoon_start };
      const int ends[] = { self->morning_end, self->afternoon_end };
      GDate date;

      pln_meeting_get_day (self, day, &date);

      for (guint half = 0; half < 2; half++)
        {
          PlnSitting *sitting = pln_sitting_new ();
          /* Kept in English as the documents write it; the interface shows it
           * in its language (pln_sitting_dup_display_name()). */
          g_autofree char *ordinal = pln_ordinal_number_en (++counter);
          g_autofree char *name = g_strdup_printf ("%s plenary meeting", ordinal);

          pln_sitting_set_name (sitting, name);
          pln_sitting_set_date (sitting, &date);
          pln_sitting_set_start (sitting, starts[half]);
          pln_sitting_set_end (sitting, ends[half]);
          g_ptr_array_add (sittings, sitting);
        }
    }

  g_list_store_splice (self->sittings, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->sittings)),
                       sittings->pdata, sittings->len);
}

/**
 * pln_meeting_move_to:
 * @first_day: the new first day
 *
 * Moves the whole meeting: the first and last days, and each plenary
 * meeting to the same day of the meeting it was on, keeping its times
 * and its organization of work. Moving back to the old first day undoes
 * it exactly.
 */
void
pln_meeting_move_to (PlnMeeting  *self,
                     const GDate *first_day)
{
  GListModel *sittings;
  int offset;

  g_return_if_fail (PLN_IS_MEETING (self));
  g_return_if_fail (first_day != NULL && g_date_valid (first_day));

  if (!g_date_valid (&self->first_day))
    {
      pln_meeting_set_first_day (self, first_day);
      return;
    }

  offset = g_date_days_between (&self->first_day, first_day);
  if (offset == 0)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  if (g_date_valid (&self->last_day))
    {
      GDate last = self->last_day;

      if (offset > 0)
        g_date_add_days (&last, offset);
      else
        g_date_subtract_days (&last, -offset);

      /* The order keeps the last day after the first at each step. */
      if (offset > 0)
        {
          pln_meeting_set_last_day (self, &last);
          pln_meeting_set_first_day (self, first_day);
        }
      else
        {
          pln_meeting_set_first_day (self, first_day);
          pln_meeting_set_last_day (self, &last);
        }
    }
  else
    pln_meeting_set_first_day (self, first_day);

  sittings = G_LIST_MODEL (self->sittings);
  for (guint i = 0; i < g_list_model_get_n_items (sittings); i++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, i);
      const GDate *date = pln_sitting_get_date (sitting);
      GDate moved;

      if (date == NULL || !g_date_valid (date))
        continue;

      moved = *date;
      if (offset > 0)
        g_date_add_days (&moved, offset);
      else
        g_date_subtract_days (&moved, -offset);
      pln_sitting_set_date (sitting, &moved);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * pln_meeting_find_item_under_way:
 * @now: the time to ask about
 *
 * The agenda item the organization of work has under discussion at @now:
 * in the plenary meeting under way, the item of the placement whose share
 * of the plenary meeting's time @now falls in (the organization of work
 * gives the order, not the minutes, so each placement is taken to have
 * an equal share); after the last plenary meeting of a day has ended, the
 * last item placed that day. What a new recommendation is made on, unless
 * the user says otherwise.
 *
 * Returns: (transfer none) (nullable): the item, or %NULL when no plenary
 *   meeting with placements is under way or over on @now's day
 */
PlnAgendaItem *
pln_meeting_find_item_under_way (PlnMeeting *self,
                                 GDateTime  *now)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) local_now = NULL;
  GListModel *sittings;
  PlnAgendaItem *earlier_today = NULL;

  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  tz = pln_meeting_dup_time_zone (self);
  local_now = g_date_time_to_timezone (now, tz);

  sittings = G_LIST_MODEL (self->sittings);
  for (guint i = 0; i < g_list_model_get_n_items (sittings); i++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, i);
      GListModel *placements = pln_sitting_get_placements (sitting);
      guint n = g_list_model_get_n_items (placements);
      g_autoptr(GDateTime) start = pln_sitting_dup_start_date_time (sitting, tz);
      g_autoptr(GDateTime) end = pln_sitting_dup_end_date_time (sitting, tz);
      g_autoptr(PlnPlacement) placement = NULL;
      GTimeSpan length;
      guint index;

      if (n == 0 || start == NULL || end == NULL)
        continue;

      if (g_date_time_compare (now, end) >= 0)
        {
          if (g_date_time_get_year (local_now) == g_date_time_get_year (start) &&
              g_date_time_get_day_of_year (local_now) == g_date_time_get_day_of_year (start))
            {
              g_autoptr(PlnPlacement) last = g_list_model_get_item (placements, n - 1);

              earlier_today = pln_placement_get_agenda_item (last);
            }
          continue;
        }

      if (g_date_time_compare (now, start) < 0)
        continue;

      length = g_date_time_difference (end, start);
      index = length > 0 ? (guint) (g_date_time_difference (now, start) * n / length) : 0;
      placement = g_list_model_get_item (placements, MIN (index, n - 1));
      return pln_placement_get_agenda_item (placement);
    }

  return earlier_today;
}

/**
 * pln_meeting_is_placement_continued:
 * @sitting: a plenary meeting of @self
 * @position: a position in its placements
 *
 * An item is "(continued)" when it was already taken up earlier: in an
 * earlier plenary meeting, or earlier in the same one.
 *
 * Returns: whether the placement at @position continues an item
 */
gboolean
pln_meeting_is_placement_continued (PlnMeeting *self,
                                    PlnSitting *sitting,
                                    guint       position)
{
  g_autoptr(PlnPlacement) target = NULL;
  PlnAgendaItem *item;
  guint n_sittings;

  g_return_val_if_fail (PLN_IS_MEETING (self), FALSE);

  target = g_list_model_get_item (pln_sitting_get_placements (sitting), position);
  if (target == NULL || (item = pln_placement_get_agenda_item (target)) == NULL)
    return FALSE;

  n_sittings = g_list_model_get_n_items (G_LIST_MODEL (self->sittings));
  for (guint s = 0; s < n_sittings; s++)
    {
      g_autoptr(PlnSitting) other = g_list_model_get_item (G_LIST_MODEL (self->sittings), s);
      GListModel *placements = pln_sitting_get_placements (other);
      guint n = other == sitting ? position : g_list_model_get_n_items (placements);

      for (guint p = 0; p < n; p++)
        {
          g_autoptr(PlnPlacement) placement = g_list_model_get_item (placements, p);

          if (pln_placement_get_agenda_item (placement) == item)
            return TRUE;
        }

      if (other == sitting)
        break;
    }

  return FALSE;
}

/**
 * pln_meeting_dup_day_end:
 *
 * Returns: (transfer full) (nullable): when the last plenary meeting of
 *   @day ends, in the venue's time zone: the non-paper's deadline
 */
GDateTime *
pln_meeting_dup_day_end (PlnMeeting  *meeting,
                         const GDate *day)
{
  g_autoptr(GTimeZone) tz = pln_meeting_dup_time_zone (meeting);
  GListModel *sittings = pln_meeting_get_sittings (meeting);
  GDateTime *end = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (sittings); i++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, i);
      const GDate *date = pln_sitting_get_date (sitting);
      g_autoptr(GDateTime) sitting_end = NULL;

      if (date == NULL || g_date_compare (date, day) != 0)
        continue;

      sitting_end = pln_sitting_dup_end_date_time (sitting, tz);
      if (end == NULL || g_date_time_compare (sitting_end, end) > 0)
        {
          g_clear_pointer (&end, g_date_time_unref);
          end = g_steal_pointer (&sitting_end);
        }
    }

  return end;
}
