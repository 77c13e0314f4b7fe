/* pln-calendar-month-view.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-calendar-month-view"

/* nl_langinfo (_NL_TIME_FIRST_WEEKDAY) is a GNU extension (an enum value, not a macro). */
#define _GNU_SOURCE 1

#include "config.h"

#include <glib/gi18n.h>
#include <langinfo.h>
#include <math.h>
#include <string.h>

#include "pln-calendar-month-view-private.h"
#include "pln-compat.h"
#include "pln-format.h"

/* A month as six weeks of seven days, starting on the locale's first
 * weekday, with each meeting drawn as a span over its days in its working
 * group's colour. A meeting crossing a week is cut into one span a week;
 * spans of one week are stacked in lanes so they never cover each other.
 * Meetings that overlap in the same venue are marked as a clash. The
 * layout is computed from the workspace's meetings whenever the month or
 * the workspace changes, and kept for drawing and hit-testing. */

G_DEFINE_FINAL_TYPE (PlnCalendarMonthView, pln_calendar_month_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

enum {
  MEETING_ACTIVATED,
  DAY_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/**
 * pln_calendar_get_first_weekday:
 *
 * Returns: the first day of the week in the user's locale, as a
 *   #GDateWeekday (Monday is 1, Sunday 7)
 */
guint
pln_calendar_get_first_weekday (void)
{
#ifdef __GLIBC__
  /* glibc: the first weekday is counted from the week's origin date,
   * 1997-11-30 (a Sunday) or 1997-12-01 (a Monday). */
  union { unsigned int word; char *string; } origin;
  int week_origin, first;

  origin.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  week_origin = origin.word;
  first = nl_langinfo (_NL_TIME_FIRST_WEEKDAY)[0];

  if (week_origin == 19971130)
    return ((first - 1 + 6) % 7) + 1;   /* 1 = Sunday → 7 */
  if (week_origin == 19971201)
    return ((first - 1) % 7) + 1;       /* 1 = Monday */
#endif

  return G_DATE_MONDAY;
}

void
pln_calendar_month_view_get_grid_start (PlnCalendarMonthView *self,
                                        GDate                *start)
{
  guint back;

  g_return_if_fail (PLN_IS_CALENDAR_MONTH_VIEW (self));

  g_date_clear (start, 1);
  g_date_set_dmy (start, 1, g_date_get_month (&self->date), g_date_get_year (&self->date));
  back = (g_date_get_weekday (start) - self->first_weekday + 7) % 7;
  g_date_subtract_days (start, back);
}

static gboolean
same_venue (PlnMeeting *a,
            PlnMeeting *b)
{
  const char *va = pln_meeting_get_venue (a);
  const char *vb = pln_meeting_get_venue (b);
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (va == NULL || vb == NULL)
    return FALSE;

  fa = g_utf8_casefold (va, -1);
  fb = g_utf8_casefold (vb, -1);
  return g_str_equal (fa, fb);
}

static void
meeting_days (PlnMeeting *meeting,
              GDate      *first,
              GDate      *last)
{
  const GDate *l = pln_meeting_get_last_day (meeting);

  *first = *pln_meeting_get_first_day (meeting);
  *last = (l != NULL && g_date_compare (l, first) >= 0) ? *l : *first;
}

static int
compare_meetings (gconstpointer a,
                  gconstpointer b)
{
  PlnMeeting *ma = *(PlnMeeting **) a;
  PlnMeeting *mb = *(PlnMeeting **) b;
  GDate fa, la, fb, lb;
  int order;

  meeting_days (ma, &fa, &la);
  meeting_days (mb, &fb, &lb);

  /* Earlier first; of two starting together, the longer on top. */
  order = g_date_compare (&fa, &fb);
  return order != 0 ? order : g_date_compare (&lb, &la);
}

static gboolean
is_clash (PlnMeeting *meeting,
          GPtrArray  *meetings)
{
  GDate f, l;

  meeting_days (meeting, &f, &l);
  for (guint i = 0; i < meetings->len; i++)
    {
      PlnMeeting *other = g_ptr_array_index (meetings, i);
      GDate of, ol;

      if (other == meeting || !same_venue (meeting, other))
        continue;

      meeting_days (other, &of, &ol);
      if (g_date_compare (&f, &ol) <= 0 && g_date_compare (&of, &l) <= 0)
        return TRUE;
    }

  return FALSE;
}

static void
compute_layout (PlnCalendarMonthView *self)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new ();
  gboolean used[N_ROWS][7][16] = { { { FALSE } } };
  GListModel *all;
  GDate grid_start, grid_end;

  g_array_set_size (self->spans, 0);
  if (self->workspace == NULL)
    return;

  pln_calendar_month_view_get_grid_start (self, &grid_start);
  grid_end = grid_start;
  g_date_add_days (&grid_end, N_ROWS * 7 - 1);

  all = pln_workspace_get_meetings (self->workspace);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (all, i);
      GDate f, l;

      if (pln_meeting_get_first_day (meeting) == NULL)
        continue;

      meeting_days (meeting, &f, &l);
      if (g_date_compare (&l, &grid_start) >= 0 && g_date_compare (&f, &grid_end) <= 0)
        g_ptr_array_add (meetings, meeting);   /* the workspace keeps it alive */
    }

  g_ptr_array_sort (meetings, compare_meetings);

  for (guint i = 0; i < meetings->len; i++)
    {
      PlnMeeting *meeting = g_ptr_array_index (meetings, i);
      gboolean clash = is_clash (meeting, meetings);
      GDate f, l;
      int first, last;

      meeting_days (meeting, &f, &l);
      first = MAX (0, (int) g_date_get_julian (&f) - (int) g_date_get_julian (&grid_start));
      last = MIN (N_ROWS * 7 - 1, (int) g_date_get_julian (&l) - (int) g_date_get_julian (&grid_start));

      for (int row = first / 7; row <= last / 7; row++)
        {
          PlnMonthSpan span = { meeting, row, MAX (first, row * 7) % 7, MIN (last, row * 7 + 6) % 7, 0, clash };
          guint lane = 0;

          /* The first lane free on every day of the span. */
          for (lane = 0; lane < G_N_ELEMENTS (used[0][0]); lane++)
            {
              gboolean free = TRUE;

              for (guint c = span.first_column; c <= span.last_column; c++)
                free = free && !used[row][c][lane];
              if (free)
                break;
            }

          if (lane == G_N_ELEMENTS (used[0][0]))
            continue;

          span.lane = lane;
          for (guint c = span.first_column; c <= span.last_column; c++)
            used[row][c][lane] = TRUE;
          g_array_append_val (self->spans, span);
        }
    }
}

/* The meetings on @day, as a screen reader reads them: "SOM · Meeting 9,
 * Vienna International Centre; TIP · Meeting 13, Vienna". */
static char *
describe_meetings (PlnCalendarMonthView *self,
                   const GDate          *day)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GDate grid_start;
  int index;

  pln_calendar_month_view_get_grid_start (self, &grid_start);
  index = g_date_days_between (&grid_start, day);

  for (guint i = 0; i < self->spans->len; i++)
    {
      PlnMonthSpan *span = &g_array_index (self->spans, PlnMonthSpan, i);
      const char *where = pln_meeting_get_venue (span->meeting) ?: pln_meeting_get_city (span->meeting);
      g_autofree char *title = NULL;

      if (span->row != (guint) index / 7 || (guint) index % 7 < span->first_column ||
          (guint) index % 7 > span->last_column)
        continue;

      if (text->len > 0)
        /* Translators: between two meetings of a day, as a screen reader reads the month view */
        g_string_append (text, C_("month view description", "; "));

      title = pln_format_meeting_short_title (span->meeting);
      if (where != NULL && *where != '\0')
        /* Translators: a meeting of the selected day, read by a screen reader: its title and venue */
        g_string_append_printf (text, C_("month view description", "%s, %s"), title, where);
      else
        g_string_append (text, title);
      if (span->clash)
        /* Translators: after a meeting that clashes with another, read by a screen reader */
        g_string_append_printf (text, C_("month view description", " (%s)"),
                                _("Another meeting is held in the same venue on these days"));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * pln_calendar_month_view_dup_day_description:
 * @day: a day of the grid shown
 *
 * Returns: (transfer full): what a screen reader says of @day: the date
 *   and its meetings, "Tuesday 11 November 2025: SOM · Meeting 9, Vienna"
 */
char *
pln_calendar_month_view_dup_day_description (PlnCalendarMonthView *self,
                                             const GDate          *day)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *date = NULL;
  g_autofree char *meetings = NULL;

  g_return_val_if_fail (PLN_IS_CALENDAR_MONTH_VIEW (self), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  dt = g_date_time_new_local (g_date_get_year (day), g_date_get_month (day), g_date_get_day (day), 0, 0, 0);
  date = pln_format_day (dt);
  meetings = describe_meetings (self, day);
  if (*meetings == '\0')
    /* Translators: a day without meetings, read by a screen reader; %s is the date */
    return g_strdup_printf (C_("month view description", "%s: no meetings"), date);

  /* Translators: a day and its meetings, read by a screen reader */
  return g_strdup_printf (C_("month view description", "%s: %s"), date, meetings);
}

/* The month view draws its days: a screen reader is told the month as
 * its name and the selected day with its meetings as its description,
 * which changes as the selection moves. */
static void
update_accessible (PlnCalendarMonthView *self)
{
  g_autofree char *title = pln_calendar_month_view_dup_title (self);
  g_autofree char *description = pln_calendar_month_view_dup_day_description (self, &self->date);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
relayout (PlnCalendarMonthView *self)
{
  self->n_layouts++;
  compute_layout (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
pln_calendar_month_view_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 7 * 40 : HEADER_HEIGHT + N_ROWS * 48;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 7 * 120 : HEADER_HEIGHT + N_ROWS * 100;
}

/* What is under a point: the day, and the span if any. */
static PlnMonthSpan *
hit_test (PlnCalendarMonthView *self,
          double                x,
          double                y,
          GDate                *day)
{
  double cell_width = gtk_widget_get_width (GTK_WIDGET (self)) / 7.0;
  double cell_height = (gtk_widget_get_height (GTK_WIDGET (self)) - HEADER_HEIGHT) / (double) N_ROWS;
  int row, column, lane;

  if (y < HEADER_HEIGHT)
    return NULL;

  row = CLAMP ((int) ((y - HEADER_HEIGHT) / cell_height), 0, N_ROWS - 1);
  column = _pln_calendar_month_view_column_at (self, x, cell_width);
  pln_calendar_month_view_get_grid_start (self, day);
  g_date_add_days (day, row * 7 + column);

  lane = (int) floor ((y - HEADER_HEIGHT - row * cell_height - DAY_NUMBER_HEIGHT) / LANE_HEIGHT);
  if (lane < 0)
    return NULL;

  for (guint i = 0; i < self->spans->len; i++)
    {
      PlnMonthSpan *span = &g_array_index (self->spans, PlnMonthSpan, i);

      if (span->row == (guint) row && span->lane == (guint) lane &&
          span->first_column <= (guint) column && (guint) column <= span->last_column)
        return span;
    }

  return NULL;
}

static void
click_pressed_cb (GtkGestureClick      *gesture,
                  int                   n_press,
                  double                x,
                  double                y,
                  PlnCalendarMonthView *self)
{
  PlnMonthSpan *span;
  GDate day;

  g_date_clear (&day, 1);
  span = hit_test (self, x, y, &day);
  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (!g_date_valid (&day))
    return;

  pln_calendar_month_view_set_date (self, &day);

  if (span != NULL && n_press == 1)
    g_signal_emit (self, signals [MEETING_ACTIVATED], 0, span->meeting);
  else if (span == NULL && n_press == 2)
    g_signal_emit (self, signals [DAY_ACTIVATED], 0, &day);
}

static void
move_days_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlnCalendarMonthView *self = PLN_CALENDAR_MONTH_VIEW (widget);
  int days = g_variant_get_int32 (parameter);
  GDate date = self->date;

  /* Left and Right follow the reading direction. */
  if (ABS (days) == 1 && gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    days = -days;

  if (days > 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);

  pln_calendar_month_view_set_date (self, &date);
}

static void
move_months_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PlnCalendarMonthView *self = PLN_CALENDAR_MONTH_VIEW (widget);
  int months = g_variant_get_int32 (parameter);
  GDate date = self->date;

  if (months > 0)
    g_date_add_months (&date, months);
  else
    g_date_subtract_months (&date, -months);

  pln_calendar_month_view_set_date (self, &date);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  pln_calendar_month_view_set_date (PLN_CALENDAR_MONTH_VIEW (widget), &today);
}

static void
activate_day_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlnCalendarMonthView *self = PLN_CALENDAR_MONTH_VIEW (widget);
  GDate grid_start;
  int index;

  /* Enter opens the first meeting of the selected day, as a click would. */
  pln_calendar_month_view_get_grid_start (self, &grid_start);
  index = g_date_days_between (&grid_start, &self->date);

  for (guint i = 0; i < self->spans->len; i++)
    {
      PlnMonthSpan *span = &g_array_index (self->spans, PlnMonthSpan, i);

      if (span->row == (guint) index / 7 && span->first_column <= (guint) index % 7 &&
          (guint) index % 7 <= span->last_column)
        {
          g_signal_emit (self, signals [MEETING_ACTIVATED], 0, span->meeting);
          return;
        }
    }
}

static gboolean
query_tooltip_cb (GtkWidget            *widget,
                  int                   x,
                  int                   y,
                  gboolean              keyboard,
                  GtkTooltip           *tooltip,
                  PlnCalendarMonthView *self)
{
  PlnMonthSpan *span;
  PlnWorkingGroup *group;
  GDate day;
  g_autofree char *text = NULL;

  g_date_clear (&day, 1);
  span = keyboard ? NULL : hit_test (self, x, y, &day);
  if (span == NULL)
    return FALSE;

  group = pln_meeting_get_working_group (span->meeting);
  text = g_strdup_printf ("%s\n%s%s%s", group ? pln_working_group_get_display_name (group) : "",
                          pln_meeting_get_venue (span->meeting) ?: "",
                          span->clash ? "\n" : "",
                          span->clash ? _("Another meeting is held in the same venue on these days") : "");
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
pln_calendar_month_view_dispose (GObject *object)
{
  PlnCalendarMonthView *self = PLN_CALENDAR_MONTH_VIEW (object);

  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pln_calendar_month_view_parent_class)->dispose (object);
}

static void
pln_calendar_month_view_finalize (GObject *object)
{
  PlnCalendarMonthView *self = PLN_CALENDAR_MONTH_VIEW (object);

  g_clear_pointer (&self->spans, g_array_unref);

  G_OBJECT_CLASS (pln_calendar_month_view_parent_class)->finalize (object);
}

static void
pln_calendar_month_view_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PlnCalendarMonthView *self = PLN_CALENDAR_MONTH_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, &self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_calendar_month_view_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PlnCalendarMonthView *self = PLN_CALENDAR_MONTH_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      pln_calendar_month_view_set_date (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_calendar_month_view_class_init (PlnCalendarMonthViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_calendar_month_view_dispose;
  object_class->finalize = pln_calendar_month_view_finalize;
  object_class->get_property = pln_calendar_month_view_get_property;
  object_class->set_property = pln_calendar_month_view_set_property;

  widget_class->snapshot = _pln_calendar_month_view_snapshot;
  widget_class->measure = pln_calendar_month_view_measure;

  properties [PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlnCalendarMonthView::meeting-activated:
   * @meeting: the meeting clicked
   */
  signals [MEETING_ACTIVATED] =
    g_signal_new ("meeting-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PLN_TYPE_MEETING);

  /**
   * PlnCalendarMonthView::day-activated:
   * @day: a day without a meeting where the user double-clicked
   */
  signals [DAY_ACTIVATED] =
    g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_DATE);

  gtk_widget_class_install_action (widget_class, "month.move-days", "i", move_days_action);
  gtk_widget_class_install_action (widget_class, "month.move-months", "i", move_months_action);
  gtk_widget_class_install_action (widget_class, "month.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "month.activate-day", NULL, activate_day_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "month.move-days", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "month.move-days", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "month.move-days", "i", -7);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "month.move-days", "i", 7);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "month.move-months", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "month.move-months", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "month.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "month.activate-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "month.activate-day", NULL);

  gtk_widget_class_set_css_name (widget_class, "plncalendarmonth");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
pln_calendar_month_view_init (PlnCalendarMonthView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->spans = g_array_new (FALSE, FALSE, sizeof (PlnMonthSpan));
  self->first_weekday = pln_calendar_get_first_weekday ();
  today_action (GTK_WIDGET (self), NULL, NULL);

  self->workspace_signals = g_signal_group_new (PLN_TYPE_WORKSPACE);
  /* The spans show meetings (their days) in their working group's colour. */
  g_signal_group_connect_swapped (self->workspace_signals, "kind-changed::PlnMeeting", G_CALLBACK (relayout), self);
  g_signal_group_connect_swapped (self->workspace_signals, "kind-changed::PlnWorkingGroup", G_CALLBACK (relayout), self);

  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

GtkWidget *
pln_calendar_month_view_new (void)
{
  return g_object_new (PLN_TYPE_CALENDAR_MONTH_VIEW, NULL);
}

/**
 * pln_calendar_month_view_set_workspace:
 * @workspace: (nullable): the workspace whose meetings to show
 */
void
pln_calendar_month_view_set_workspace (PlnCalendarMonthView *self,
                                       PlnWorkspace         *workspace)
{
  g_return_if_fail (PLN_IS_CALENDAR_MONTH_VIEW (self));

  if (g_set_object (&self->workspace, workspace))
    {
      g_signal_group_set_target (self->workspace_signals, workspace);
      relayout (self);
    }
}

/**
 * pln_calendar_month_view_get_date:
 *
 * Returns: the selected day; the view shows its month
 */
const GDate *
pln_calendar_month_view_get_date (PlnCalendarMonthView *self)
{
  g_return_val_if_fail (PLN_IS_CALENDAR_MONTH_VIEW (self), NULL);

  return &self->date;
}

void
pln_calendar_month_view_set_date (PlnCalendarMonthView *self,
                                  const GDate          *date)
{
  gboolean new_month;

  g_return_if_fail (PLN_IS_CALENDAR_MONTH_VIEW (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  if (g_date_valid (&self->date) && g_date_compare (&self->date, date) == 0)
    return;

  new_month = !g_date_valid (&self->date) ||
              g_date_get_month (&self->date) != g_date_get_month (date) ||
              g_date_get_year (&self->date) != g_date_get_year (date);
  self->date = *date;

  if (new_month)
    compute_layout (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATE]);
}

/**
 * pln_calendar_month_view_get_spans:
 *
 * Returns: (transfer none) (element-type PlnMonthSpan): the spans drawn
 */
GArray *
pln_calendar_month_view_get_spans (PlnCalendarMonthView *self)
{
  g_return_val_if_fail (PLN_IS_CALENDAR_MONTH_VIEW (self), NULL);

  return self->spans;
}

/**
 * pln_calendar_month_view_get_day_bounds:
 * @day: a day of the grid shown
 * @bounds: (out): where its cell is drawn, in the view's coordinates
 *
 * Returns: %FALSE when @day is not in the six weeks shown
 */
gboolean
pln_calendar_month_view_get_day_bounds (PlnCalendarMonthView *self,
                                        const GDate          *day,
                                        graphene_rect_t      *bounds)
{
  double cell_width, cell_height;
  GDate start;
  int offset;

  g_return_val_if_fail (PLN_IS_CALENDAR_MONTH_VIEW (self), FALSE);
  g_return_val_if_fail (day != NULL && g_date_valid (day), FALSE);

  pln_calendar_month_view_get_grid_start (self, &start);
  offset = g_date_days_between (&start, day);
  if (offset < 0 || offset >= N_ROWS * 7)
    return FALSE;

  cell_width = gtk_widget_get_width (GTK_WIDGET (self)) / 7.0;
  cell_height = (gtk_widget_get_height (GTK_WIDGET (self)) - HEADER_HEIGHT) / (double) N_ROWS;
  graphene_rect_init (bounds, _pln_calendar_month_view_column_x (self, offset % 7, cell_width),
                      HEADER_HEIGHT + (offset / 7) * cell_height, cell_width, cell_height);
  return TRUE;
}

/**
 * pln_calendar_month_view_get_day_at:
 * @x: a point of the view
 * @y:
 * @day: (out): the day whose cell is there
 *
 * The day a click at (@x, @y) picks.
 *
 * Returns: %FALSE when the point is on the weekday names
 */
gboolean
pln_calendar_month_view_get_day_at (PlnCalendarMonthView *self,
                                    double                x,
                                    double                y,
                                    GDate                *day)
{
  g_return_val_if_fail (PLN_IS_CALENDAR_MONTH_VIEW (self), FALSE);

  g_date_clear (day, 1);
  hit_test (self, x, y, day);
  return g_date_valid (day);
}

/**
 * pln_calendar_month_view_dup_title:
 *
 * Returns: (transfer full): the month and year shown, in the interface
 *   language: "October 2023"
 */
char *
pln_calendar_month_view_dup_title (PlnCalendarMonthView *self)
{
  g_autoptr(GDateTime) dt = NULL;

  g_return_val_if_fail (PLN_IS_CALENDAR_MONTH_VIEW (self), NULL);

  dt = g_date_time_new_local (g_date_get_year (&self->date), g_date_get_month (&self->date), 1, 0, 0, 0);
  /* Translators: the title of the month view, see the GDateTime format codes; %OB is the month name on its own */
  return g_date_time_format (dt, C_("month view title", "%OB %Y"));
}

/**
 * pln_calendar_month_view_get_n_layouts:
 *
 * Returns: how many times the spans were laid out again after a change,
 *   for tests
 */
guint
pln_calendar_month_view_get_n_layouts (PlnCalendarMonthView *self)
{
  g_return_val_if_fail (PLN_IS_CALENDAR_MONTH_VIEW (self), 0);

  return self->n_layouts;
}
