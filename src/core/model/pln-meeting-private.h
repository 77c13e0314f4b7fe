/* pln-meeting-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-meeting.h"

G_BEGIN_DECLS

/* One gathering of a working group ("tenth meeting, Vienna, 5 and 6
 * October 2023"), with its plenary meetings, agenda, registrations and
 * recommendations. Shared by pln-meeting.c (the fields) and the files of
 * its concerns: days and plenary meetings, agenda, recommendations. */

struct _PlnMeeting
{
  PlnObject parent_instance;

  PlnWorkingGroup *working_group;
  guint ordinal;
  char *title;
  char *city;
  char *venue;
  char *time_zone;
  GDate first_day;
  GDate last_day;
  PlnMeetingFormat format;
  char *platform;
  PlnLanguages languages;
  char *agenda_symbol;
  char *report_symbol;
  GDate issued;
  char *job_number;
  GListStore *annex_footnotes;
  guint statement_limit;
  guint online_cap;
  gboolean online_cap_finishes;
  int morning_start;
  int morning_end;
  int afternoon_start;
  int afternoon_end;
  guint recommendation_limit;
  GListStore *sittings;
  GListStore *agenda;
  GListStore *registrations;
  GListStore *recommendations;
  GListStore *exports;
  GListStore *statements;
};

G_END_DECLS
