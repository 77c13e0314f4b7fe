/* pln-floor.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-types.h"

G_BEGIN_DECLS

/**
 * PlnFloorStamp:
 * @wall_us: the wall clock, microseconds since 1970 (UTC)
 * @boot_id: the machine's boot, from /proc/sys/kernel/random/boot_id
 * @boot_us: microseconds since that boot, sleep included (CLOCK_BOOTTIME)
 *
 * A moment of the statement clock. Within one boot the time between two
 * stamps is taken from the boot clock, which neither jumps with the wall
 * clock nor stops while the laptop sleeps; across boots, from the wall.
 */
typedef struct
{
  gint64 wall_us;
  char   boot_id[40];
  gint64 boot_us;
} PlnFloorStamp;

void        pln_floor_stamp_now             (PlnFloorStamp        *stamp);
char       *pln_floor_stamp_to_string       (const PlnFloorStamp  *stamp);
gboolean    pln_floor_stamp_parse           (const char           *text,
                                             gint64                wall_us,
                                             PlnFloorStamp        *stamp);
gint64      pln_floor_stamp_elapsed         (const PlnFloorStamp  *from,
                                             const PlnFloorStamp  *to);

void        pln_speaker_log                 (PlnSpeaker           *speaker,
                                             PlnSpeakerEventKind   kind,
                                             const PlnFloorStamp  *now);
gint64      pln_speaker_get_spoken_us       (PlnSpeaker           *speaker,
                                             const PlnFloorStamp  *now);
guint       pln_speaker_get_limit_minutes   (PlnSpeaker           *speaker,
                                             PlnMeeting           *meeting);

/**
 * PlnOnlineBudget:
 * @cap_us: the meeting's online cap for one plenary meeting
 * @used_us: the time online statements have taken so far
 * @planned_us: the planned time of the online speakers still waiting
 *   that fit in the cap
 * @n_over: how many online speakers still waiting do not fit
 */
typedef struct
{
  gint64 cap_us;
  gint64 used_us;
  gint64 planned_us;
  guint  n_over;
} PlnOnlineBudget;

void        pln_sitting_get_online_budget   (PlnSitting           *sitting,
                                             PlnMeeting           *meeting,
                                             const PlnFloorStamp  *now,
                                             PlnOnlineBudget      *budget);
GPtrArray  *pln_sitting_dup_over_cap        (PlnSitting           *sitting,
                                             PlnMeeting           *meeting,
                                             const PlnFloorStamp  *now);
PlnSitting *pln_meeting_get_next_sitting    (PlnMeeting           *meeting,
                                             PlnSitting           *sitting);
PlnSitting *pln_meeting_find_sitting        (PlnMeeting           *meeting,
                                             const char           *id);
guint       pln_meeting_get_sitting_number  (PlnMeeting           *meeting,
                                             PlnSitting           *sitting);
GPtrArray  *pln_meeting_apply_online_cap    (PlnMeeting           *meeting,
                                             PlnSitting           *sitting,
                                             const PlnFloorStamp  *now,
                                             PlnSitting          **moved_to);
gboolean    pln_meeting_give_floor_over_cap (PlnMeeting           *meeting,
                                             PlnSitting           *sitting,
                                             PlnSpeaker           *speaker,
                                             const PlnFloorStamp  *now);

typedef struct _PlnSpeakerOrder PlnSpeakerOrder;

PlnSpeakerOrder *pln_speaker_order_save     (PlnMeeting           *meeting);
void             pln_speaker_order_restore  (PlnSpeakerOrder      *order);
void             pln_speaker_order_free     (PlnSpeakerOrder      *order);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlnSpeakerOrder, pln_speaker_order_free)

G_END_DECLS
