/* pln-calendar-month-view.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plenary-core.h"

G_BEGIN_DECLS

/**
 * PlnMonthSpan:
 * @meeting: the meeting
 * @row: the week (0–5) the span is drawn in
 * @first_column: the first day of the span in that week (0–6, in reading order)
 * @last_column: the last day of the span in that week
 * @lane: which of the stacked spans of the week it is (0 is the top one)
 * @clash: the meeting overlaps another in the same venue
 *
 * A part of a meeting drawn in one week of the month view.
 */
typedef struct
{
  PlnMeeting *meeting;
  guint       row;
  guint       first_column;
  guint       last_column;
  guint       lane;
  gboolean    clash;
} PlnMonthSpan;

#define PLN_TYPE_CALENDAR_MONTH_VIEW (pln_calendar_month_view_get_type ())

G_DECLARE_FINAL_TYPE (PlnCalendarMonthView, pln_calendar_month_view, PLN, CALENDAR_MONTH_VIEW, GtkWidget)

GtkWidget    *pln_calendar_month_view_new           (void);
void          pln_calendar_month_view_set_workspace (PlnCalendarMonthView *self,
                                                     PlnWorkspace         *workspace);
const GDate  *pln_calendar_month_view_get_date      (PlnCalendarMonthView *self);
void          pln_calendar_month_view_set_date      (PlnCalendarMonthView *self,
                                                     const GDate          *date);
void          pln_calendar_month_view_get_grid_start (PlnCalendarMonthView *self,
                                                      GDate                *start);
GArray       *pln_calendar_month_view_get_spans     (PlnCalendarMonthView *self);
gboolean      pln_calendar_month_view_get_day_bounds (PlnCalendarMonthView *self,
                                                     const GDate          *day,
                                                     graphene_rect_t      *bounds);
gboolean      pln_calendar_month_view_get_day_at    (PlnCalendarMonthView *self,
                                                     double                x,
                                                     double                y,
                                                     GDate                *day);
char         *pln_calendar_month_view_dup_title     (PlnCalendarMonthView *self);
char         *pln_calendar_month_view_dup_day_description (PlnCalendarMonthView *self,
                                                           const GDate          *day);
guint         pln_calendar_get_first_weekday        (void);

guint      pln_calendar_month_view_get_n_layouts (PlnCalendarMonthView *self);

G_END_DECLS
