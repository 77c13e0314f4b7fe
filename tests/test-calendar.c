/* test-calendar.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <gtk/gtktestatcontext.h>

#include "pln-application.h"
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

/* @data: the window's width, or 0 for a wide one */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  int width = GPOINTER_TO_INT (data);

  fixture->workspace = pln_demo_new_workspace ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->view = g_object_new (PLN_TYPE_CALENDAR_VIEW, NULL);
  gtk_window_set_default_size (fixture->window, width > 0 ? width : 1000, width > 0 ? 800 : 700);
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

/* The plan's, not the one in the drop-down's popover. */
static gboolean
is_list_view (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_LIST_VIEW (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER) == NULL;
}

/* The meeting plan's list view makes rows as soon as it has a model, even
 * hidden: it gets its model when the plan is first shown. */
static void
test_plan_made_when_shown (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkListView *list = GTK_LIST_VIEW (pln_test_find_widget (GTK_WIDGET (fixture->view), is_list_view, NULL));
  GListModel *model;

  g_assert_nonnull (list);
  g_assert_true (pln_test_wait_idle (5000));
  g_assert_null (gtk_list_view_get_model (list));

  pln_calendar_view_set_visible_view (fixture->view, "plan");
  model = G_LIST_MODEL (gtk_list_view_get_model (list));
  g_assert_nonnull (model);
  g_assert_true (pln_test_wait_n_items (model, 12, 10000));

  /* Back to the month and to the plan again: the same model. */
  pln_calendar_view_set_visible_view (fixture->view, "month");
  pln_calendar_view_set_visible_view (fixture->view, "plan");
  g_assert_true (G_LIST_MODEL (gtk_list_view_get_model (list)) == model);
}

/* What a screen reader is told of the month view: the month as its name,
 * the selected day and its meetings as its description, following the
 * selection as the keys move it. */
static void
test_accessible (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *month = GTK_WIDGET (fixture->month);
  g_autofree char *fifth = NULL;
  g_autofree char *sixth = NULL;
  g_autofree char *fourth = NULL;

  set_day (fixture->month, 5, G_DATE_OCTOBER, 2023);
  gtk_test_accessible_assert_property (month, GTK_ACCESSIBLE_PROPERTY_LABEL, "October 2023");
  fifth = pln_calendar_month_view_dup_day_description (fixture->month, pln_calendar_month_view_get_date (fixture->month));
  g_assert_true (g_str_has_prefix (fifth, "Thursday 5 October 2023: SOM · Meeting 10, "));
  gtk_test_accessible_assert_property (month, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, fifth);

  /* Right: the next day, the same meeting. */
  gtk_widget_activate_action (month, "month.move-days", "i", 1);
  sixth = pln_calendar_month_view_dup_day_description (fixture->month, pln_calendar_month_view_get_date (fixture->month));
  g_assert_true (g_str_has_prefix (sixth, "Friday 6 October 2023: SOM · Meeting 10, "));
  gtk_test_accessible_assert_property (month, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, sixth);

  /* Left twice: a day between two meetings. */
  gtk_widget_activate_action (month, "month.move-days", "i", -1);
  gtk_widget_activate_action (month, "month.move-days", "i", -1);
  fourth = pln_calendar_month_view_dup_day_description (fixture->month, pln_calendar_month_view_get_date (fixture->month));
  g_assert_cmpstr (fourth, ==, "Wednesday 4 October 2023: no meetings");
  gtk_test_accessible_assert_property (month, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, fourth);

  /* Page Down: another month, another name. */
  gtk_widget_activate_action (month, "month.move-months", "i", 1);
  gtk_test_accessible_assert_property (month, GTK_ACCESSIBLE_PROPERTY_LABEL, "November 2023");
  gtk_test_accessible_assert_property (month, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Saturday 4 November 2023: no meetings");

  /* A meeting that moves is told at once. */
  {
    g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (pln_workspace_get_working_groups (fixture->workspace), 0);
    g_autoptr(GDate) day = g_date_new_dmy (4, G_DATE_NOVEMBER, 2023);
    PlnMeeting *created = pln_calendar_view_create_meeting (fixture->view, group, day);
    g_autofree char *told = pln_calendar_month_view_dup_day_description (fixture->month, day);
    g_autofree char *title = g_strdup_printf ("%s · Meeting %u", pln_working_group_get_short_name (group),
                                              pln_meeting_get_ordinal (created));

    g_assert_nonnull (strstr (told, title));
    gtk_test_accessible_assert_property (month, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, told);
  }
}

static gboolean
allocated_narrow (gpointer user_data)
{
  Fixture *fixture = user_data;

  return gtk_widget_get_width (GTK_WIDGET (fixture->view)) <= 360 &&
         gtk_widget_get_width (GTK_WIDGET (fixture->month)) > 0;
}

static gboolean
is_button_of (GtkWidget     *widget,
              gconstpointer  action)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static GtkWidget *
find_button (Fixture    *fixture,
             const char *action)
{
  return pln_test_find_widget (GTK_WIDGET (fixture->view), is_button_of, action);
}

/* A phone-wide window: the page asks for no more than 360 pixels, the day
 * goes below the month and the month's title is whole. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  GtkWidget *day_box = pln_calendar_view_get_day_box (fixture->view);
  GtkWidget *title = NULL;
  graphene_rect_t month_bounds, day_bounds;
  int minimum, natural;

  gtk_widget_measure (GTK_WIDGET (fixture->month), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  gtk_widget_measure (view, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  set_day (fixture->month, 5, G_DATE_SEPTEMBER, 2023);
  g_assert_true (pln_test_wait_until (allocated_narrow, fixture, 10000));
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (fixture->month), 10000));

  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (fixture->month), view, &month_bounds));
  g_assert_true (gtk_widget_compute_bounds (day_box, view, &day_bounds));
  g_assert_cmpfloat (day_bounds.origin.y, >=, month_bounds.origin.y + month_bounds.size.height);
  g_assert_cmpfloat (month_bounds.size.width, <=, 360);

  /* The longest month's name, whole: its label is as wide as it needs
   * or wraps, and never ellipsizes. */
  title = gtk_widget_get_next_sibling (find_button (fixture, "calendar.next"));
  g_assert_true (GTK_IS_LABEL (title));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, "September 2023");
  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (title)), ==, PANGO_ELLIPSIZE_NONE);
  gtk_widget_measure (title, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_width (title), >=, natural);
}

/* Right to left, the week reads from the right and the previous month is
 * at the right. */
static void
test_right_to_left (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *previous = find_button (fixture, "calendar.previous");
  GtkWidget *next = find_button (fixture, "calendar.next");
  graphene_rect_t first, second, previous_bounds, next_bounds;
  GDate start, following;

  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (fixture->month)), ==, GTK_TEXT_DIR_RTL);
  set_day (fixture->month, 5, G_DATE_OCTOBER, 2023);
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (fixture->month), 10000));

  pln_calendar_month_view_get_grid_start (fixture->month, &start);
  following = start;
  g_date_add_days (&following, 1);
  g_assert_true (pln_calendar_month_view_get_day_bounds (fixture->month, &start, &first));
  g_assert_true (pln_calendar_month_view_get_day_bounds (fixture->month, &following, &second));
  g_assert_cmpfloat (first.origin.x, >, second.origin.x);
  g_assert_cmpfloat (first.origin.x + first.size.width, >=, gtk_widget_get_width (GTK_WIDGET (fixture->month)) - 1);

  g_assert_true (gtk_widget_compute_bounds (previous, GTK_WIDGET (fixture->view), &previous_bounds));
  g_assert_true (gtk_widget_compute_bounds (next, GTK_WIDGET (fixture->view), &next_bounds));
  g_assert_cmpfloat (previous_bounds.origin.x, >, next_bounds.origin.x);
  /* Each arrow points the way it goes: the previous month to the right. */
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (previous)), ==, "go-previous-symbolic-rtl");
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (next)), ==, "go-next-symbolic-rtl");
}

static void
show_meeting_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  g_variant_get (parameter, "(ss)", (char **) user_data, (char **) user_data + 1);
}

/* Enter on a day and a click in the plan open the meeting through the
 * window's win.show-meeting, which keeps the sidebar in step. */
static void
test_show_meeting (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("show-meeting", G_VARIANT_TYPE ("(ss)"));
  char *shown[2] = { NULL, NULL };
  PlnMonthSpan *span;

  g_signal_connect (action, "activate", G_CALLBACK (show_meeting_cb), shown);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (group));

  set_day (fixture->month, 5, G_DATE_OCTOBER, 2023);
  span = find_span (fixture->month, "SOM", 10);
  gtk_widget_activate_action (GTK_WIDGET (fixture->month), "month.activate-day", NULL);
  g_assert_cmpstr (shown[0], ==, pln_meeting_get_id (span->meeting));
  g_assert_cmpstr (shown[1], ==, "overview");

  g_free (shown[0]);
  g_free (shown[1]);
}

/* With PLN_SCREENSHOT_DIR set, the page as a wide and a phone-wide window
 * show it, in the language of LANGUAGE: LANGUAGE-calendar-WIDTH.png. */
static void
test_screenshots (void)
{
  const char *dir = g_getenv ("PLN_SCREENSHOT_DIR");
  const int widths[] = { 1280, 360 };
  const char *language = g_getenv ("LANGUAGE");

  if (dir == NULL)
    {
      g_test_skip ("PLN_SCREENSHOT_DIR is not set");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      Fixture fixture = { 0 };
      g_autofree char *name = g_strdup_printf ("%s-calendar-%d.png", language ? language : "en", widths[i]);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      fixture_set_up (&fixture, GINT_TO_POINTER (widths[i]));
      gtk_window_set_default_size (fixture.window, widths[i], 800);
      set_day (fixture.month, 5, G_DATE_OCTOBER, 2023);
      g_assert_true (pln_test_wait_drawn (GTK_WIDGET (fixture.month), 10000));
      pln_test_save_png (GTK_WIDGET (fixture.window), path);
      fixture_tear_down (&fixture, NULL);
    }
}

static void
rtl_set_up (Fixture       *fixture,
            gconstpointer  data)
{
  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  fixture_set_up (fixture, data);
}

static void
rtl_tear_down (Fixture       *fixture,
               gconstpointer  data)
{
  fixture_tear_down (fixture, data);
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's own accessibility backend for tests: the properties a screen
   * reader would be given, read back in process. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  /* Screenshots are in the language asked for, the tests in English. */
  if (g_getenv ("PLN_SCREENSHOT_DIR") != NULL)
    pln_application_init_i18n ();
  pln_test_ui_init (&argc, &argv);

  g_test_add ("/calendar/october-2023", Fixture, NULL, fixture_set_up, test_october_2023, fixture_tear_down);
  g_test_add ("/calendar/navigation", Fixture, NULL, fixture_set_up, test_navigation, fixture_tear_down);
  g_test_add ("/calendar/day-view", Fixture, NULL, fixture_set_up, test_day_view, fixture_tear_down);
  g_test_add ("/calendar/model-updates-and-clash", Fixture, NULL, fixture_set_up, test_model_updates_and_clash, fixture_tear_down);
  g_test_add ("/calendar/plan-filter", Fixture, NULL, fixture_set_up, test_plan_filter, fixture_tear_down);
  g_test_add ("/calendar/plan-made-when-shown", Fixture, NULL, fixture_set_up, test_plan_made_when_shown, fixture_tear_down);
  g_test_add ("/calendar/fine-grained", Fixture, NULL, fixture_set_up, test_fine_grained, fixture_tear_down);
  g_test_add ("/calendar/accessible", Fixture, NULL, fixture_set_up, test_accessible, fixture_tear_down);
  g_test_add ("/calendar/narrow", Fixture, GINT_TO_POINTER (360), fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/calendar/right-to-left", Fixture, NULL, rtl_set_up, test_right_to_left, rtl_tear_down);
  g_test_add ("/calendar/show-meeting", Fixture, NULL, fixture_set_up, test_show_meeting, fixture_tear_down);
  g_test_add_func ("/calendar/screenshots", test_screenshots);

  return g_test_run ();
}
