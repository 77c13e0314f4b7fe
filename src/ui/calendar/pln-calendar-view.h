/* pln-calendar-view.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-core.h"
#include "pln-calendar-month-view.h"
#include "pln-page.h"

G_BEGIN_DECLS

#define PLN_TYPE_CALENDAR_VIEW (pln_calendar_view_get_type ())

G_DECLARE_FINAL_TYPE (PlnCalendarView, pln_calendar_view, PLN, CALENDAR_VIEW, PlnPage)

void                  pln_calendar_view_set_workspace  (PlnCalendarView *self,
                                                        PlnWorkspace    *workspace);
PlnCalendarMonthView *pln_calendar_view_get_month_view (PlnCalendarView *self);
GtkWidget            *pln_calendar_view_get_day_box    (PlnCalendarView *self);
GListModel           *pln_calendar_view_get_plan       (PlnCalendarView *self);
void                  pln_calendar_view_set_visible_view (PlnCalendarView *self,
                                                         const char      *name);
PlnMeeting           *pln_calendar_view_create_meeting (PlnCalendarView *self,
                                                        PlnWorkingGroup *group,
                                                        const GDate     *first_day);

void                  pln_calendar_view_ask_new_meeting (PlnCalendarView *self,
                                                         const GDate     *day);

guint                 pln_calendar_view_get_n_refreshes (PlnCalendarView *self);

G_END_DECLS
