/* pln-calendar-month-view-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-calendar-month-view.h"

G_BEGIN_DECLS

#define N_ROWS 6
#define HEADER_HEIGHT 28
#define DAY_NUMBER_HEIGHT 24
#define LANE_HEIGHT 20
#define SPAN_HEIGHT 18

struct _PlnCalendarMonthView
{
  GtkWidget      parent_instance;

  PlnWorkspace  *workspace;
  GSignalGroup  *workspace_signals;
  GDate          date;          /* the selected day; its month is shown */
  GArray        *spans;
  guint          n_layouts;     /* for tests */
  GDateWeekday   first_weekday;
};

double _pln_calendar_month_view_column_x  (PlnCalendarMonthView *self,
                                           guint                 column,
                                           double                cell_width);
int    _pln_calendar_month_view_column_at (PlnCalendarMonthView *self,
                                           double                x,
                                           double                cell_width);
void   _pln_calendar_month_view_snapshot  (GtkWidget            *widget,
                                           GtkSnapshot          *snapshot);

G_END_DECLS
