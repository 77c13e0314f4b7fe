/* pln-floor.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-floor"

#include "config.h"

#include <string.h>
#include <time.h>

#include "pln-floor.h"
#include "pln-meeting.h"
#include "pln-sitting.h"
#include "pln-speaker.h"

/* The rules of the floor, as the organization of work sets them: a
 * statement takes at most the meeting's statement limit (3 minutes), a
 * panellist's presentation the limit the secretariat gave them; online
 * statements take at most the online cap (30 minutes) of each plenary
 * meeting, and the online speakers who would not fit are given the floor
 * in the next plenary meeting, in their order, ahead of that one's own
 * online inscriptions. The time spoken is counted from each speaker's log
 * of started, paused, resumed and ended. */

#define USEC_PER_MINUTE (G_USEC_PER_SEC * (gint64) 60)

/* ------------------------------------------------------------ the clock */

static const char *
boot_id (void)
{
  static char id[40];
  static gsize done;

  if (g_once_init_enter (&done))
    {
      g_autofree char *text = NULL;

      /* Without it (not Linux), stamps compare by the wall clock. */
      if (g_file_get_contents ("/proc/sys/kernel/random/boot_id", &text, NULL, NULL))
        g_strlcpy (id, g_strstrip (text), sizeof id);
      g_once_init_leave (&done, 1);
    }

  return id;
}

/**
 * pln_floor_stamp_now:
 * @stamp: (out caller-allocates): now
 */
void
pln_floor_stamp_now (PlnFloorStamp *stamp)
{
  struct timespec ts;

  g_return_if_fail (stamp != NULL);

  memset (stamp, 0, sizeof *stamp);
  stamp->wall_us = g_get_real_time ();
#ifdef CLOCK_BOOTTIME
  if (clock_gettime (CLOCK_BOOTTIME, &ts) == 0)
    {
      stamp->boot_us = (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
      g_strlcpy (stamp->boot_id, boot_id (), sizeof stamp->boot_id);
    }
#else
  (void) ts;
#endif
}

/**
 * pln_floor_stamp_to_string:
 *
 * Returns: (transfer full): the boot part of @stamp as the log keeps it,
 *   "BOOT-ID MICROSECONDS", or %NULL when it has none
 */
char *
pln_floor_stamp_to_string (const PlnFloorStamp *stamp)
{
  g_return_val_if_fail (stamp != NULL, NULL);

  if (stamp->boot_id[0] == '\0')
    return NULL;

  return g_strdup_printf ("%s %" G_GINT64_FORMAT, stamp->boot_id, stamp->boot_us);
}

/**
 * pln_floor_stamp_parse:
 * @text: (nullable): what pln_floor_stamp_to_string() wrote
 * @wall_us: the wall clock of the same moment
 * @stamp: (out caller-allocates): the stamp
 *
 * Returns: whether @text had a boot part; without one, @stamp has only
 *   the wall clock
 */
gboolean
pln_floor_stamp_parse (const char    *text,
                       gint64         wall_us,
                       PlnFloorStamp *stamp)
{
  const char *space;
  char *end = NULL;
  gint64 boot_us;

  g_return_val_if_fail (stamp != NULL, FALSE);

  memset (stamp, 0, sizeof *stamp);
  stamp->wall_us = wall_us;

  if (text == NULL || (space = strchr (text, ' ')) == NULL ||
      (gsize) (space - text) >= sizeof stamp->boot_id || space == text)
    return FALSE;

  boot_us = g_ascii_strtoll (space + 1, &end, 10);
  if (end == space + 1 || *end != '\0' || boot_us < 0)
    return FALSE;

  memcpy (stamp->boot_id, text, space - text);
  stamp->boot_us = boot_us;
  return TRUE;
}

/**
 * pln_floor_stamp_elapsed:
 *
 * Returns: the microseconds from @from to @to, never negative: by the
 *   boot clock within one boot (sleep counted, wall clock jumps not), by
 *   the wall clock across boots
 */
gint64
pln_floor_stamp_elapsed (const PlnFloorStamp *from,
                         const PlnFloorStamp *to)
{
  gint64 elapsed;

  g_return_val_if_fail (from != NULL && to != NULL, 0);

  if (from->boot_id[0] != '\0' && strcmp (from->boot_id, to->boot_id) == 0)
    elapsed = to->boot_us - from->boot_us;
  else
    elapsed = to->wall_us - from->wall_us;

  return MAX (elapsed, 0);
}

/* ------------------------------------------------------------ a statement */

static void
event_stamp (PlnSpeakerEvent *event,
             PlnFloorStamp   *stamp)
{
  GDateTime *wall = pln_speaker_event_get_wall (event);
  gint64 wall_us = wall != NULL
                   ? g_date_time_to_unix (wall) * G_USEC_PER_SEC + g_date_time_get_microsecond (wall)
                   : 0;

  pln_floor_stamp_parse (pln_speaker_event_get_clock (event), wall_us, stamp);
}

/**
 * pln_speaker_log:
 * @now: when it happens
 *
 * Adds @kind to the speaker's log, at @now.
 */
void
pln_speaker_log (PlnSpeaker          *speaker,
                 PlnSpeakerEventKind  kind,
                 const PlnFloorStamp *now)
{
  g_autoptr(GDateTime) seconds = NULL;
  g_autoptr(GDateTime) wall = NULL;
  g_autoptr(PlnSpeakerEvent) event = NULL;
  g_autofree char *clock = NULL;

  g_return_if_fail (PLN_IS_SPEAKER (speaker));
  g_return_if_fail (now != NULL);

  seconds = g_date_time_new_from_unix_utc (now->wall_us / G_USEC_PER_SEC);
  wall = g_date_time_add (seconds, now->wall_us % G_USEC_PER_SEC);
  clock = pln_floor_stamp_to_string (now);
  event = pln_speaker_event_new (kind, wall, clock);
  pln_speaker_add_event (speaker, event);
}

/**
 * pln_speaker_get_spoken_us:
 * @now: (nullable): now, to count a statement under way up to it
 *
 * Returns: the time the speaker has had the floor, pauses left out
 */
gint64
pln_speaker_get_spoken_us (PlnSpeaker          *speaker,
                           const PlnFloorStamp *now)
{
  GListModel *events;
  PlnFloorStamp since = { 0 };
  gboolean running = FALSE;
  gint64 spoken = 0;

  g_return_val_if_fail (PLN_IS_SPEAKER (speaker), 0);

  events = pln_speaker_get_events (speaker);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(PlnSpeakerEvent) event = g_list_model_get_item (events, i);
      PlnFloorStamp stamp;

      switch (pln_speaker_event_get_kind (event))
        {
        case PLN_SPEAKER_EVENT_STARTED:
        case PLN_SPEAKER_EVENT_RESUMED:
          if (!running)
            event_stamp (event, &since);
          running = TRUE;
          break;

        case PLN_SPEAKER_EVENT_PAUSED:
        case PLN_SPEAKER_EVENT_ENDED:
          if (running)
            {
              event_stamp (event, &stamp);
              spoken += pln_floor_stamp_elapsed (&since, &stamp);
            }
          running = FALSE;
          break;

        case PLN_SPEAKER_EVENT_OVER_CAP:
        default:
          break;
        }
    }

  if (running && now != NULL)
    spoken += pln_floor_stamp_elapsed (&since, now);

  return spoken;
}

/**
 * pln_speaker_get_limit_minutes:
 *
 * Returns: the speaker's time: a panellist's own limit, or the meeting's
 *   statement limit
 */
guint
pln_speaker_get_limit_minutes (PlnSpeaker *speaker,
                               PlnMeeting *meeting)
{
  guint panellist;

  g_return_val_if_fail (PLN_IS_SPEAKER (speaker), 0);
  g_return_val_if_fail (PLN_IS_MEETING (meeting), 0);

  panellist = pln_speaker_get_panellist_minutes (speaker);
  return panellist > 0 ? panellist : pln_meeting_get_statement_limit (meeting);
}

/* ------------------------------------------------------------ the online cap */

static gboolean
is_waiting_online (PlnSpeaker *speaker)
{
  return pln_speaker_is_online (speaker) && !pln_speaker_has_started (speaker) &&
         !pln_speaker_was_given_floor_over_cap (speaker);
}

/* Walks the list once: the time used, the planned time of those who fit,
 * and (into @over, if given) the waiting online speakers who do not. */
static void
count_online (PlnSitting          *sitting,
              PlnMeeting          *meeting,
              const PlnFloorStamp *now,
              PlnOnlineBudget     *budget,
              GPtrArray           *over)
{
  GListModel *speakers = pln_sitting_get_speakers (sitting);
  guint n = g_list_model_get_n_items (speakers);
  gboolean finishes = pln_meeting_get_online_cap_finishes (meeting);
  gint64 projected;

  memset (budget, 0, sizeof *budget);
  budget->cap_us = pln_meeting_get_online_cap (meeting) * USEC_PER_MINUTE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnSpeaker) speaker = g_list_model_get_item (speakers, i);

      if (pln_speaker_is_online (speaker) && pln_speaker_has_started (speaker))
        budget->used_us += pln_speaker_get_spoken_us (speaker, now);
    }

  projected = budget->used_us;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnSpeaker) speaker = g_list_model_get_item (speakers, i);
      gint64 planned;
      gboolean fits;

      if (!is_waiting_online (speaker))
        continue;

      planned = pln_speaker_get_limit_minutes (speaker, meeting) * USEC_PER_MINUTE;
      /* No cap (0) lets everyone speak; once one does not fit, those after
       * them wait for the next plenary meeting too, keeping their order. */
      fits = budget->cap_us == 0 ||
             (budget->n_over == 0 && (finishes ? projected < budget->cap_us
                                               : projected + planned <= budget->cap_us));
      if (fits)
        {
          projected += planned;
          budget->planned_us += planned;
        }
      else
        {
          budget->n_over++;
          if (over != NULL)
            g_ptr_array_add (over, g_object_ref (speaker));
        }
    }
}

/**
 * pln_sitting_get_online_budget:
 * @now: (nullable): now, to count a statement under way
 * @budget: (out caller-allocates): the online time of @sitting
 */
void
pln_sitting_get_online_budget (PlnSitting          *sitting,
                               PlnMeeting          *meeting,
                               const PlnFloorStamp *now,
                               PlnOnlineBudget     *budget)
{
  g_return_if_fail (PLN_IS_SITTING (sitting));
  g_return_if_fail (PLN_IS_MEETING (meeting));
  g_return_if_fail (budget != NULL);

  count_online (sitting, meeting, now, budget, NULL);
}

/**
 * pln_sitting_dup_over_cap:
 *
 * Returns: (transfer container) (element-type PlnSpeaker): the online
 *   speakers still waiting who do not fit in what is left of the online
 *   cap, in their order
 */
GPtrArray *
pln_sitting_dup_over_cap (PlnSitting          *sitting,
                          PlnMeeting          *meeting,
                          const PlnFloorStamp *now)
{
  GPtrArray *over = g_ptr_array_new_with_free_func (g_object_unref);
  PlnOnlineBudget budget;

  g_return_val_if_fail (PLN_IS_SITTING (sitting), over);
  g_return_val_if_fail (PLN_IS_MEETING (meeting), over);

  count_online (sitting, meeting, now, &budget, over);
  return over;
}

static int
compare_sittings (PlnSitting *a,
                  PlnSitting *b)
{
  const GDate *da = pln_sitting_get_date (a);
  const GDate *db = pln_sitting_get_date (b);
  int order = (da && g_date_valid (da) && db && g_date_valid (db)) ? g_date_compare (da, db) : 0;

  return order != 0 ? order : pln_sitting_get_start (a) - pln_sitting_get_start (b);
}

/**
 * pln_meeting_get_next_sitting:
 *
 * Returns: (transfer none) (nullable): the plenary meeting after @sitting
 *   in time, or %NULL after the last one
 */
PlnSitting *
pln_meeting_get_next_sitting (PlnMeeting *meeting,
                              PlnSitting *sitting)
{
  GListModel *sittings;
  PlnSitting *next = NULL;
  gboolean after_self = FALSE;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (PLN_IS_SITTING (sitting), NULL);

  sittings = pln_meeting_get_sittings (meeting);
  for (guint i = 0; i < g_list_model_get_n_items (sittings); i++)
    {
      g_autoptr(PlnSitting) other = g_list_model_get_item (sittings, i);
      int order;

      if (other == sitting)
        {
          after_self = TRUE;
          continue;
        }

      /* Two at the same time: the list's order decides. */
      order = compare_sittings (other, sitting);
      if ((order > 0 || (order == 0 && after_self)) &&
          (next == NULL || compare_sittings (other, next) < 0))
        next = other;
    }

  return next;
}

/**
 * pln_meeting_find_sitting:
 *
 * Returns: (transfer none) (nullable): the plenary meeting with @id
 */
PlnSitting *
pln_meeting_find_sitting (PlnMeeting *meeting,
                          const char *id)
{
  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);

  return id != NULL ? pln_object_list_find (pln_meeting_get_sittings (meeting), id) : NULL;
}

/**
 * pln_meeting_get_sitting_number:
 *
 * Returns: the number of @sitting among @meeting's plenary meetings, 1
 *   for the first, as the lists of speakers and the CLI name them; 0
 *   when it is not one of them
 */
guint
pln_meeting_get_sitting_number (PlnMeeting *meeting,
                                PlnSitting *sitting)
{
  GListModel *sittings;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), 0);

  sittings = pln_meeting_get_sittings (meeting);
  for (guint i = 0; sitting != NULL && i < g_list_model_get_n_items (sittings); i++)
    {
      g_autoptr(PlnSitting) other = g_list_model_get_item (sittings, i);

      if (other == sitting)
        return i + 1;
    }

  return 0;
}

/* Where carried-over speakers go: before the first online speaker who
 * was inscribed there and is still waiting. */
static guint
carried_over_position (PlnSitting *sitting)
{
  GListModel *speakers = pln_sitting_get_speakers (sitting);
  guint n = g_list_model_get_n_items (speakers);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnSpeaker) speaker = g_list_model_get_item (speakers, i);

      if (is_waiting_online (speaker) && pln_speaker_get_carried_from (speaker) == NULL)
        return i;
    }

  return n;
}

/**
 * pln_meeting_apply_online_cap:
 * @sitting: a plenary meeting of @meeting
 * @now: (nullable): now, to count a statement under way
 * @moved_to: (out) (transfer none) (optional) (nullable): where the
 *   speakers over the cap went, or %NULL when @sitting is the meeting's
 *   last plenary meeting and they stay, over the cap, for the chair
 *
 * Moves the online speakers of @sitting who no longer fit in its online
 * cap to the next plenary meeting, in their order, ahead of its own
 * online inscriptions, marked as carried over from @sitting (or from where
 * they were first inscribed). Save the order first for undo
 * (pln_speaker_order_save()).
 *
 * Returns: (transfer container) (element-type PlnSpeaker): the speakers
 *   over the cap, moved or not
 */
GPtrArray *
pln_meeting_apply_online_cap (PlnMeeting          *meeting,
                              PlnSitting          *sitting,
                              const PlnFloorStamp *now,
                              PlnSitting         **moved_to)
{
  g_autoptr(GPtrArray) over = NULL;
  PlnSitting *next;
  guint position;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (PLN_IS_SITTING (sitting), NULL);

  over = pln_sitting_dup_over_cap (sitting, meeting, now);
  next = over->len > 0 ? pln_meeting_get_next_sitting (meeting, sitting) : NULL;
  if (moved_to != NULL)
    *moved_to = next;
  if (next == NULL)
    return g_steal_pointer (&over);

  position = carried_over_position (next);
  for (guint i = 0; i < over->len; i++)
    {
      PlnSpeaker *speaker = g_ptr_array_index (over, i);

      pln_sitting_remove_speaker (sitting, speaker);
      if (pln_speaker_get_carried_from (speaker) == NULL)
        pln_speaker_set_carried_from (speaker, pln_sitting_get_id (sitting));
      pln_sitting_insert_speaker (next, position++, speaker);
    }

  return g_steal_pointer (&over);
}

/* The plenary meeting whose list holds @speaker. */
static PlnSitting *
find_sitting_of (PlnMeeting *meeting,
                 PlnSpeaker *speaker)
{
  GListModel *sittings = pln_meeting_get_sittings (meeting);

  for (guint i = 0; i < g_list_model_get_n_items (sittings); i++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, i);
      guint position;

      if (g_list_store_find (G_LIST_STORE (pln_sitting_get_speakers (sitting)), speaker, &position))
        return sitting;
    }

  return NULL;
}

/**
 * pln_meeting_give_floor_over_cap:
 * @sitting: the plenary meeting the chair gives the floor in
 * @speaker: an online speaker of @sitting's list who does not fit in its
 *   online time, or one the cap carried over from @sitting to the next one
 * @now: (nullable): the moment logged (now if %NULL)
 *
 * The chair's override of the online cap: @speaker takes the floor in
 * @sitting although its online time is used. A speaker carried over comes
 * back to the end of @sitting's list, no longer marked as carried over
 * (unless it was carried over to @sitting too, from an earlier one);
 * either way the decision is logged (%PLN_SPEAKER_EVENT_OVER_CAP), and the
 * cap no longer moves them. Save the order first for undo
 * (pln_speaker_order_save()) and remove the last event of @speaker.
 *
 * Returns: %FALSE if @speaker is neither in @sitting nor carried over
 *   from it, or was already given the floor over the cap
 */
gboolean
pln_meeting_give_floor_over_cap (PlnMeeting          *meeting,
                                 PlnSitting          *sitting,
                                 PlnSpeaker          *speaker,
                                 const PlnFloorStamp *now)
{
  PlnSitting *holder;
  PlnFloorStamp stamp;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (PLN_IS_SITTING (sitting), FALSE);
  g_return_val_if_fail (PLN_IS_SPEAKER (speaker), FALSE);

  if (pln_speaker_was_given_floor_over_cap (speaker))
    return FALSE;

  holder = find_sitting_of (meeting, speaker);
  if (holder == NULL)
    return FALSE;

  if (holder != sitting)
    {
      g_autoptr(PlnSpeaker) keep = g_object_ref (speaker);
      const char *carried_from = pln_speaker_get_carried_from (speaker);
      gboolean inscribed_here = g_strcmp0 (carried_from, pln_sitting_get_id (sitting)) == 0;

      /* The mark names where the speaker was first inscribed, so one the
       * cap carried on from @sitting to the next plenary meeting holds
       * an earlier one's: it came from @sitting all the same. */
      if (!inscribed_here &&
          (carried_from == NULL || pln_meeting_get_next_sitting (meeting, sitting) != holder))
        return FALSE;

      pln_sitting_remove_speaker (holder, speaker);
      pln_sitting_insert_speaker (sitting, G_MAXUINT, speaker);
      if (inscribed_here)
        pln_speaker_set_carried_from (speaker, NULL);
    }

  if (now == NULL)
    {
      pln_floor_stamp_now (&stamp);
      now = &stamp;
    }
  pln_speaker_log (speaker, PLN_SPEAKER_EVENT_OVER_CAP, now);
  return TRUE;
}

/* ------------------------------------------------------------ undo */

typedef struct
{
  PlnSitting *sitting;
  GPtrArray  *speakers;   /* PlnSpeaker */
  GPtrArray  *carried;    /* char*, each speaker's carried-from */
} SittingOrder;

struct _PlnSpeakerOrder
{
  GArray *sittings;       /* SittingOrder */
};

static void
sitting_order_clear (gpointer data)
{
  SittingOrder *order = data;

  g_clear_object (&order->sitting);
  g_clear_pointer (&order->speakers, g_ptr_array_unref);
  g_clear_pointer (&order->carried, g_ptr_array_unref);
}

/**
 * pln_speaker_order_save:
 *
 * Returns: (transfer full): the lists of speakers of every plenary
 *   meeting of @meeting as they are, for pln_speaker_order_restore()
 */
PlnSpeakerOrder *
pln_speaker_order_save (PlnMeeting *meeting)
{
  PlnSpeakerOrder *order = g_new0 (PlnSpeakerOrder, 1);
  GListModel *sittings;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), order);

  order->sittings = g_array_new (FALSE, TRUE, sizeof (SittingOrder));
  g_array_set_clear_func (order->sittings, sitting_order_clear);

  sittings = pln_meeting_get_sittings (meeting);
  for (guint i = 0; i < g_list_model_get_n_items (sittings); i++)
    {
      SittingOrder saved = { 0 };
      GListModel *speakers;

      saved.sitting = g_list_model_get_item (sittings, i);
      saved.speakers = g_ptr_array_new_with_free_func (g_object_unref);
      saved.carried = g_ptr_array_new_with_free_func (g_free);
      speakers = pln_sitting_get_speakers (saved.sitting);
      for (guint s = 0; s < g_list_model_get_n_items (speakers); s++)
        {
          PlnSpeaker *speaker = g_list_model_get_item (speakers, s);

          g_ptr_array_add (saved.speakers, speaker);
          g_ptr_array_add (saved.carried, g_strdup (pln_speaker_get_carried_from (speaker)));
        }
      g_array_append_val (order->sittings, saved);
    }

  return order;
}

/**
 * pln_speaker_order_restore:
 *
 * Puts every list of speakers back as it was saved, each speaker with the
 * carried-over mark it had.
 */
void
pln_speaker_order_restore (PlnSpeakerOrder *order)
{
  g_return_if_fail (order != NULL);

  for (guint i = 0; i < order->sittings->len; i++)
    {
      SittingOrder *saved = &g_array_index (order->sittings, SittingOrder, i);
      GListModel *speakers = pln_sitting_get_speakers (saved->sitting);

      g_list_store_splice (G_LIST_STORE (speakers), 0, g_list_model_get_n_items (speakers),
                           saved->speakers->pdata, saved->speakers->len);
      for (guint s = 0; s < saved->speakers->len; s++)
        pln_speaker_set_carried_from (g_ptr_array_index (saved->speakers, s),
                                      g_ptr_array_index (saved->carried, s));
    }
}

void
pln_speaker_order_free (PlnSpeakerOrder *order)
{
  if (order == NULL)
    return;

  g_clear_pointer (&order->sittings, g_array_unref);
  g_free (order);
}
