/* test-calendar.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "pln-calendar-view.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"

typedef struct
{
  GtkWindow       *window;
  PlnCalendarView *view;
  PlnCalendarMonthView *month;
  PlnWorkspace    *workspace;
} Fixture;

static void
set_day (PlnCalendarMonthView *month,
         guint                 day,
         GDateMonth            m,
         guint                 year)
{
  g_autoptr(GDate) date = g_date_new_dmy (day, m, year);

  pln_calendar_month_view_set_date (month, date);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->workspace = pln_demo_new_workspace ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->view = g_object_new (PLN_TYPE_CALENDAR_VIEW, NULL);
  gtk_window_set_default_size (fixture->window, 1000, 700);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  pln_calendar_view_set_workspace (fixture->view, fixture->workspace);
  fixture->month = pln_calendar_view_get_month_view (fixture->view);
  gtk_window_present (fixture->window);
  g_assert_true (pln_test_wait_mapped (fixture->month, 10000));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->workspace);
}

static PlnMonthSpan *
find_span (PlnCalendarMonthView *month,
           const char           *short_name,
           guint                 ordinal)
{
  GArray *spans = pln_calendar_month_view_get_spans (month);

  for (guint i = 0; i < spans->len; i++)
    {
      PlnMonthSpan *span = &g_array_index (spans, PlnMonthSpan, i);
      PlnWorkingGroup *group = pln_meeting_get_working_group (span->meeting);

      if (g_strcmp0 (pln_working_group_get_short_name (group), short_name) == 0 &&
          pln_meeting_get_ordinal (span->meeting) == ordinal)
        return span;
    }

  return NULL;
}

/* The grid position of a day, from the grid's first day. */
static void
assert_span_on (PlnCalendarMonthView *month,
                PlnMonthSpan         *span,
                guint                 first_day,
                guint                 last_day)
{
  GDate start;
  g_autoptr(GDate) first = g_date_new_dmy (first_day, G_DATE_OCTOBER, 2023);
  g_autoptr(GDate) last = g_date_new_dmy (last_day, G_DATE_OCTOBER, 2023);
  int a, b;

  pln_calendar_month_view_get_grid_start (month, &start);
  a = g_date_days_between (&start, first);
  b = g_date_days_between (&start, last);

  g_assert_nonnull (span);
  g_assert_cmpuint (span->row, ==, a / 7);
  g_assert_cmpuint (span->first_column, ==, a % 7);
  g_assert_cmpuint (span->last_column, ==, b % 7);
}

static void
test_october_2023 (Fixture       *fixture,
                   gconstpointer  data)
{
  GDate start;
  g_autofree char *title = NULL;
  g_autoptr(GDate) first = g_date_new_dmy (1, G_DATE_OCTOBER, 2023);

  set_day (fixture->month, 5, G_DATE_OCTOBER, 2023);

  /* The grid starts on the locale's first weekday, on or before the 1st. */
  pln_calendar_month_view_get_grid_start (fixture->month, &start);
  g_assert_cmpint (g_date_get_weekday (&start), ==, pln_calendar_get_first_weekday ());
  g_assert_cmpint (g_date_days_between (&start, first), <, 7);

  /* Trafficking in Persons on 2 and 3 October, Smuggling of Migrants on 5 and 6. */
  assert_span_on (fixture->month, find_span (fixture->month, "TIP", 13), 2, 3);
  assert_span_on (fixture->month, find_span (fixture->month, "SOM", 10), 5, 6);
  g_assert_null (find_span (fixture->month, "IC", 14));  /* September */

  title = pln_calendar_month_view_dup_title (fixture->month);
  g_assert_cmpstr (title, ==, "October 2023");
}

static void
test_navigation (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *month = GTK_WIDGET (fixture->month);
  g_autofree char *title = NULL;

  set_day (fixture->month, 5, G_DATE_OCTOBER, 2023);

  /* The actions the keys are bound to: Page Down, Right, Down, Page Up. */
  gtk_widget_activate_action (month, "month.move-months", "i", 1);
  title = pln_calendar_month_view_dup_title (fixture->month);
  g_assert_cmpstr (title, ==, "November 2023");
  g_assert_null (find_span (fixture->month, "SOM", 10));

  gtk_widget_activate_action (month, "month.move-days", "i", 1);
  g_assert_cmpuint (g_date_get_day (pln_calendar_month_view_get_date (fixture->month)), ==, 6);
  gtk_widget_activate_action (month, "month.move-days", "i", 7);
  g_assert_cmpuint (g_date_get_day (pln_calendar_month_view_get_date (fixture->month)), ==, 13);

  /* Previous and Today buttons of the view. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "calendar.previous", NULL);
  g_assert_cmpint (g_date_get_month (pln_calendar_month_view_get_date (fixture->month)), ==, G_DATE_OCTOBER);
  g_assert_nonnull (find_span (fixture->month, "SOM", 10));

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "calendar.today", NULL);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_assert_cmpint (g_date_get_year (pln_calendar_month_view_get_date (fixture->month)), ==,
                     g_date_time_get_year (now));
  }
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static gboolean
two_sittings_shown (gpointer day_box)
{
  return count_children (day_box) == 2;
}

static void
test_day_view (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *day_box = pln_calendar_view_get_day_box (fixture->view);

  /* 27 June 2022: the two plenary meetings of the ninth meeting of the
   * Smuggling of Migrants group, with the items of the annex. */
  set_day (fixture->month, 27, G_DATE_JUNE, 2022);
  pln_test_wait_until (two_sittings_shown, day_box, 10000);
  g_assert_cmpuint (count_children (day_box), ==, 2);

  set_day (fixture->month, 1, G_DATE_JANUARY, 2022);
  g_assert_cmpuint (count_children (day_box), ==, 1);  /* "No plenary meetings" */
}

static void
test_model_updates_and_clash (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (pln_workspace_get_working_groups (fixture->workspace), 0);
  g_autoptr(GDate) day = g_date_new_dmy (5, G_DATE_OCTOBER, 2023);
  PlnMeeting *created;
  PlnMonthSpan *span;

  set_day (fixture->month, 5, G_DATE_OCTOBER, 2023);
  g_assert_false (find_span (fixture->month, "SOM", 10)->clash);

  /* A meeting added anywhere shows at once, and one in the same building
   * on the same days is a clash. */
  created = pln_calendar_view_create_meeting (fixture->view, group, day);
  g_assert_nonnull (created);
  g_assert_cmpstr (pln_meeting_get_venue (created), ==, "Vienna International Centre");
  span = find_span (fixture->month, pln_working_group_get_short_name (group), pln_meeting_get_ordinal (created));
  g_assert_nonnull (span);
  g_assert_true (span->clash);
  g_assert_true (find_span (fixture->month, "SOM", 10)->clash);
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_sittings (created)), ==, 4);

  /* Stacked: two meetings on one day are in different lanes. */
  g_assert_cmpuint (span->lane, !=, find_span (fixture->month, "SOM", 10)->lane);

  {
    guint ordinal = pln_meeting_get_ordinal (created);

    pln_workspace_remove_meeting (fixture->workspace, created);
    g_assert_null (find_span (fixture->month, pln_working_group_get_short_name (group), ordinal));
  }
  g_assert_false (find_span (fixture->month, "SOM", 10)->clash);
}

static gboolean
refreshed_since (gpointer user_data)
{
  Fixture *fixture = user_data;

  return pln_calendar_view_get_n_refreshes (fixture->view) > GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (fixture->view), "before"));
}

/* Registrations and recommendations change all day long; the calendar
 * shows neither, and neither redraws it. A meeting's dates do. */
static void
test_fine_grained (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PlnMeeting) meeting = g_list_model_get_item (pln_workspace_get_meetings (fixture->workspace), 0);
  g_autoptr(PlnRegistration) registration = pln_registration_new ();
  g_autoptr(PlnRecommendation) recommendation = pln_recommendation_new ();
  guint layouts, refreshes;

  g_assert_true (pln_test_wait_idle (30000));
  layouts = pln_calendar_month_view_get_n_layouts (fixture->month);
  refreshes = pln_calendar_view_get_n_refreshes (fixture->view);

  pln_registration_set_name (registration, "Ana Example");
  pln_meeting_append_registration (meeting, registration);
  pln_registration_set_name (registration, "Ana María Example");
  pln_registration_set_status (registration, PLN_REGISTRATION_STATUS_CONFIRMED);
  pln_recommendation_set_text (recommendation, "States parties should share data.");
  pln_meeting_append_recommendation (meeting, recommendation);
  pln_recommendation_set_text (recommendation, "States parties should share information.");
  g_assert_true (pln_test_wait_idle (30000));
  g_assert_cmpuint (pln_calendar_month_view_get_n_layouts (fixture->month), ==, layouts);
  g_assert_cmpuint (pln_calendar_view_get_n_refreshes (fixture->view), ==, refreshes);

  /* The city is on the plan: the view refreshes; the days: the spans too. */
  g_object_set_data (G_OBJECT (fixture->view), "before", GUINT_TO_POINTER (refreshes));
  pln_meeting_set_city (meeting, "Geneva");
  g_assert_true (pln_test_wait_until (refreshed_since, fixture, 30000));
  {
    g_autoptr(GDate) last = g_date_copy (pln_meeting_get_last_day (meeting));

    g_date_add_days (last, 1);
    pln_meeting_set_last_day (meeting, last);
  }
  g_assert_cmpuint (pln_calendar_month_view_get_n_layouts (fixture->month), >, layouts);
}

static void
test_plan_filter (Fixture       *fixture,
                  gconstpointer  data)
{
  GListModel *plan = pln_calendar_view_get_plan (fixture->view);
  GtkDropDown *dropdown = NULL;
  g_autoptr(PlnMeeting) first = NULL;

  pln_test_wait_n_items (plan, 12, 10000);
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 12);
  first = g_list_model_get_item (plan, 0);
  g_assert_cmpuint (g_date_get_year (pln_meeting_get_first_day (first)), ==, 2018);

  /* The drop-down's second entry is the first working group (TA: two meetings). */
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (fixture->view)); w != NULL && dropdown == NULL; )
    {
      GtkWidget *child = gtk_widget_get_first_child (w);

      for (GtkWidget *c = child; c != NULL; c = gtk_widget_get_next_sibling (c))
        for (GtkWidget *d = gtk_widget_get_first_child (c); d != NULL; d = gtk_widget_get_next_sibling (d))
          if (GTK_IS_DROP_DOWN (d))
            dropdown = GTK_DROP_DOWN (d);
      w = NULL;
    }
  g_assert_nonnull (dropdown);
  /* The plan is filtered again once the change is over, from an idle. */
  gtk_drop_down_set_selected (dropdown, 1);
  pln_test_wait_n_items (plan, 2, 10000);
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  pln_test_ui_init (&argc, &argv);

  g_test_add ("/calendar/october-2023", Fixture, NULL, fixture_set_up, test_october_2023, fixture_tear_down);
  g_test_add ("/calendar/navigation", Fixture, NULL, fixture_set_up, test_navigation, fixture_tear_down);
  g_test_add ("/calendar/day-view", Fixture, NULL, fixture_set_up, test_day_view, fixture_tear_down);
  g_test_add ("/calendar/model-updates-and-clash", Fixture, NULL, fixture_set_up, test_model_updates_and_clash, fixture_tear_down);
  g_test_add ("/calendar/plan-filter", Fixture, NULL, fixture_set_up, test_plan_filter, fixture_tear_down);
  g_test_add ("/calendar/fine-grained", Fixture, NULL, fixture_set_up, test_fine_grained, fixture_tear_down);

  return g_test_run ();
}
