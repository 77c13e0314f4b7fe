/* test-overview-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "pln-agenda-page.h"
#include "pln-application.h"
#include "pln-date-row.h"
#include "pln-format.h"
#include "pln-overview-page.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"

/* A meeting's Overview as its user meets it: fields that stay where they
 * are while problems come and go and the format changes, a date picked in
 * the calendar of the date row, and a new first day that moves the whole
 * meeting, undone by Ctrl+Z's queue. With PLN_SCREENSHOT_DIR set, the
 * Overview and the Agenda of the demo's first meeting are drawn there at
 * 1280 and 360 pixels wide, named LANGUAGE-page-WIDTH.png. */

static gboolean
titled (GtkWidget     *widget,
        gconstpointer  data)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

static gboolean
label_says (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static gboolean
is_outline (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_LIST_VIEW (widget) && gtk_widget_has_css_class (widget, "navigation-sidebar");
}

static GtkWidget *
find_row (gpointer    page,
          const char *title)
{
  GtkWidget *row = pln_test_find_widget (GTK_WIDGET (page), titled, title);

  g_assert_nonnull (row);
  return row;
}

static PlnMeeting *
meeting_new (PlnWorkspace *workspace)
{
  PlnMeeting *meeting = pln_meeting_new ();
  g_autoptr(PlnWorkingGroup) group = pln_working_group_new ();
  g_autoptr(GDate) first = g_date_new_dmy (5, G_DATE_OCTOBER, 2023);
  g_autoptr(GDate) last = g_date_new_dmy (6, G_DATE_OCTOBER, 2023);

  pln_meeting_set_first_day (meeting, first);
  pln_meeting_set_last_day (meeting, last);
  pln_meeting_set_time_zone (meeting, "Europe/Vienna");
  pln_meeting_generate_sittings (meeting);
  pln_working_group_set_name (group, "Working Group on the Smuggling of Migrants");
  pln_workspace_append_working_group (workspace, group);
  pln_meeting_set_working_group (meeting, group);
  pln_workspace_append_meeting (workspace, meeting);
  return meeting;
}

/* The Overview of a meeting of two days in Vienna, shown. */
typedef struct
{
  PlnWorkspace    *workspace;
  PlnMeeting      *meeting;
  PlnOverviewPage *page;
  GtkWindow       *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->workspace = pln_workspace_new ();
  fixture->meeting = meeting_new (fixture->workspace);
  fixture->page = g_object_ref (g_object_new (PLN_TYPE_OVERVIEW_PAGE, NULL));
  fixture->window = pln_test_show_page (fixture->page, fixture->meeting, 1000, 800);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->page);
  g_object_unref (fixture->meeting);
  g_object_unref (fixture->workspace);
}

/* Where each field is, against the page. */
static const char * const fields[] = {
  "First Day (YYYY-MM-DD)", "Last Day (YYYY-MM-DD)", "City", "Venue", "Format",
  "Online Platform", "Online Interventions", "Symbol of the Agenda", "Default Times",
};

static void
field_bounds (gpointer          page,
              graphene_rect_t  *bounds)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_true (gtk_widget_compute_bounds (find_row (page, fields[i]), GTK_WIDGET (page), &bounds[i]));
}

static void
assert_fields_in_place (gpointer               page,
                        const graphene_rect_t *before,
                        const char            *after_what)
{
  graphene_rect_t now[G_N_ELEMENTS (fields)];

  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (page), 10000));
  field_bounds (page, now);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (!graphene_rect_equal (&before[i], &now[i]))
      g_error ("after %s, “%s” moved from %g,%g to %g,%g", after_what, fields[i],
               before[i].origin.x, before[i].origin.y, now[i].origin.x, now[i].origin.y);
}

static void
test_fields_stay (Fixture       *fixture,
                  gconstpointer  data)
{
  PlnMeeting *meeting = fixture->meeting;
  PlnOverviewPage *page = fixture->page;
  graphene_rect_t before[G_N_ELEMENTS (fields)];
  GtkWidget *last_day;

  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (page), 10000));
  field_bounds (page, before);

  /* A last day before the first, typed: a problem, marked on its row. */
  last_day = find_row (page, "Last Day (YYYY-MM-DD)");
  gtk_editable_set_text (GTK_EDITABLE (last_day), "2023-10-01");
  g_assert_true (gtk_widget_has_css_class (last_day, "warning"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (last_day), ==, "The last day is before the first day");
  assert_fields_in_place (page, before, "a problem appeared");

  /* Solved: the mark goes, nothing moves either. */
  gtk_editable_set_text (GTK_EDITABLE (last_day), "2023-10-06");
  g_assert_false (gtk_widget_has_css_class (last_day, "warning"));
  assert_fields_in_place (page, before, "a problem was solved");

  /* Hybrid: the online rows were there all along, only insensitive. */
  g_assert_false (gtk_widget_get_sensitive (find_row (page, "Online Interventions")));
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (page, "Format")), PLN_MEETING_FORMAT_HYBRID);
  g_assert_cmpint (pln_meeting_get_format (meeting), ==, PLN_MEETING_FORMAT_HYBRID);
  g_assert_true (gtk_widget_get_sensitive (find_row (page, "Online Interventions")));
  assert_fields_in_place (page, before, "choosing Hybrid");
}

/* A day picked in the pop-up's calendar, as a click on it does. */
static void
test_date_picked (Fixture       *fixture,
                  gconstpointer  data)
{
  PlnMeeting *meeting = fixture->meeting;
  PlnDateRow *row = PLN_DATE_ROW (find_row (fixture->page, "Last Day (YYYY-MM-DD)"));
  GtkCalendar *calendar = pln_date_row_get_calendar (row);
  g_autoptr(GDateTime) day = g_date_time_new_local (2023, 10, 7, 12, 0, 0);
  g_autoptr(GDate) expected = g_date_new_dmy (7, G_DATE_OCTOBER, 2023);

  /* The calendar shows the meeting's day when it pops up. */
  {
    g_autoptr(GDateTime) shown = gtk_calendar_get_date (calendar);

    g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 6);
  }

  gtk_calendar_select_day (calendar, day);
  g_signal_emit_by_name (calendar, "day-selected");
  g_assert_cmpint (g_date_compare (pln_meeting_get_last_day (meeting), expected), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "2023-10-07");

  /* Typing still works, and half a date stays out of the model. */
  gtk_editable_set_text (GTK_EDITABLE (row), "2023-10-0");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_cmpint (g_date_compare (pln_meeting_get_last_day (meeting), expected), ==, 0);
}

static void
toast_cb (PlnContext *context,
          AdwToast   *toast,
          GPtrArray  *toasts)
{
  g_ptr_array_add (toasts, g_object_ref (toast));
}

static void
assert_day (const GDate *date,
            int          day)
{
  g_assert_nonnull (date);
  g_assert_cmpint (g_date_get_day (date), ==, day);
  g_assert_cmpint (g_date_get_month (date), ==, G_DATE_OCTOBER);
}

static void
assert_sitting_days (PlnMeeting *meeting,
                     int         first)
{
  GListModel *sittings = pln_meeting_get_sittings (meeting);

  g_assert_cmpuint (g_list_model_get_n_items (sittings), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, i);

      assert_day (pln_sitting_get_date (sitting), first + i / 2);
    }
}

/* A new first day offers to move the meeting; moved, everything follows
 * and one Ctrl+Z brings every date back. Not moved, only the first day
 * changed, and that too comes back. */
static void
test_move_meeting (Fixture       *fixture,
                   gconstpointer  data)
{
  PlnMeeting *meeting = fixture->meeting;
  PlnOverviewPage *page = fixture->page;
  g_autoptr(PlnContext) context = pln_context_new (NULL, NULL);
  g_autoptr(GPtrArray) toasts = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *first_day;
  AdwToast *offer;

  /* The page reads its context as it edits: given once shown, it is as
   * if given before. */
  pln_page_set_context (PLN_PAGE (page), context);
  g_signal_connect (context, "toast", G_CALLBACK (toast_cb), toasts);
  first_day = find_row (page, "First Day (YYYY-MM-DD)");

  gtk_editable_set_text (GTK_EDITABLE (first_day), "2023-10-12");
  assert_day (pln_meeting_get_first_day (meeting), 12);
  g_assert_cmpuint (toasts->len, ==, 1);
  offer = g_ptr_array_index (toasts, 0);
  g_assert_cmpstr (adw_toast_get_title (offer), ==, "Move the whole meeting by 7 days?");

  g_signal_emit_by_name (offer, "button-clicked");
  assert_day (pln_meeting_get_first_day (meeting), 12);
  assert_day (pln_meeting_get_last_day (meeting), 13);
  assert_sitting_days (meeting, 12);
  /* No four warnings about plenary meetings off the days. */
  g_assert_nonnull (pln_test_find_widget (GTK_WIDGET (page), label_says, "No Problems"));
  /* The first day's edit became the move: one step to undo, not two. */
  g_assert_cmpuint (pln_context_get_n_undo (context), ==, 1);

  g_assert_true (pln_context_undo (context));
  assert_day (pln_meeting_get_first_day (meeting), 5);
  assert_day (pln_meeting_get_last_day (meeting), 6);
  assert_sitting_days (meeting, 5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (first_day)), ==, "2023-10-05");
  g_assert_cmpuint (pln_context_get_n_undo (context), ==, 0);
  g_assert_false (pln_context_undo (context));

  /* The offer left alone: the first day alone changed, then undone. */
  while (pln_context_undo (context))
    ;
  gtk_editable_set_text (GTK_EDITABLE (first_day), "2023-10-04");
  assert_day (pln_meeting_get_first_day (meeting), 4);
  assert_day (pln_meeting_get_last_day (meeting), 6);
  assert_sitting_days (meeting, 5);
  g_assert_true (pln_context_undo (context));
  assert_day (pln_meeting_get_first_day (meeting), 5);

  /* A stale offer does nothing once the day has changed again. */
  offer = g_ptr_array_index (toasts, toasts->len - 1);
  g_signal_emit_by_name (offer, "button-clicked");
  assert_day (pln_meeting_get_first_day (meeting), 5);
  assert_sitting_days (meeting, 5);

  /* The page keeps the context, the toasts go with the test. */
  g_signal_handlers_disconnect_by_data (context, toasts);
}

/* The row of the page that shows @sitting. */
static GtkWidget *
sitting_row (gpointer    page,
             PlnSitting *sitting)
{
  g_autofree char *name = pln_sitting_dup_display_name (sitting);
  g_autofree char *title = pln_format_in_reading_order (name);

  return find_row (page, title);
}

/* An edit of a plenary meeting looks for problems once, however often
 * the meeting was shown; one of a meeting no longer shown, not at all. */
static void
test_sitting_edit_checks_once (Fixture       *fixture,
                               gconstpointer  data)
{
  PlnOverviewPage *page = fixture->page;
  g_autoptr(PlnMeeting) other = meeting_new (fixture->workspace);
  g_autoptr(PlnSitting) sitting = NULL;
  g_autoptr(PlnSitting) other_sitting = g_list_model_get_item (pln_meeting_get_sittings (other), 0);
  guint before;

  pln_page_set_meeting (PLN_PAGE (page), other);
  pln_page_set_meeting (PLN_PAGE (page), fixture->meeting);
  gtk_widget_activate_action (GTK_WIDGET (page), "overview.generate-sittings", NULL);
  pln_page_set_meeting (PLN_PAGE (page), other);
  pln_page_set_meeting (PLN_PAGE (page), fixture->meeting);
  sitting = g_list_model_get_item (pln_meeting_get_sittings (fixture->meeting), 0);

  before = pln_overview_page_get_n_problem_updates (page);
  pln_sitting_set_start (sitting, 8 * 60);
  g_assert_cmpuint (pln_overview_page_get_n_problem_updates (page), ==, before + 1);

  before = pln_overview_page_get_n_problem_updates (page);
  pln_sitting_set_start (other_sitting, 8 * 60);
  g_assert_cmpuint (pln_overview_page_get_n_problem_updates (page), ==, before);
}

/* Plenary meetings added or generated: a problem of a new one is marked
 * on its own row, which the list has by then. */
static void
test_new_sitting_marked (Fixture       *fixture,
                         gconstpointer  data)
{
  PlnMeeting *meeting = fixture->meeting;
  PlnOverviewPage *page = fixture->page;
  GListModel *sittings = pln_meeting_get_sittings (meeting);
  g_autoptr(PlnSitting) extra = pln_sitting_new ();
  g_autoptr(PlnSitting) first = NULL;

  /* No date: not on a day of the meeting. */
  pln_sitting_set_name (extra, "Extra plenary meeting");
  pln_sitting_set_start (extra, 10 * 60);
  pln_sitting_set_end (extra, 11 * 60);
  g_list_store_append (G_LIST_STORE (sittings), extra);
  g_assert_true (gtk_widget_has_css_class (sitting_row (page, extra), "warning"));

  /* Mornings that end before they start, generated anew. */
  pln_meeting_set_morning_end (meeting, 8 * 60);
  gtk_widget_activate_action (GTK_WIDGET (page), "overview.generate-sittings", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (sittings), ==, 4);
  first = g_list_model_get_item (sittings, 0);
  g_assert_cmpint (pln_sitting_get_end (first), <=, pln_sitting_get_start (first));
  g_assert_true (gtk_widget_has_css_class (sitting_row (page, first), "warning"));
}

static PlnMeeting *
demo_meeting (PlnWorkspace *workspace)
{
  GListModel *meetings = pln_workspace_get_meetings (workspace);
  PlnMeeting *best = NULL;
  guint most = 0;

  /* The meeting with the longest agenda shows the most. */
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);
      guint n = g_list_model_get_n_items (pln_meeting_get_agenda (meeting));

      if (best == NULL || n > most)
        {
          best = meeting;
          most = n;
        }
    }

  return best;
}

/* At 360 pixels the agenda's list and details take turns: an item
 * activated opens its details, the back button the list again. */
static void
test_agenda_folds (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  PlnMeeting *meeting;
  PlnAgendaPage *page = g_object_ref (g_object_new (PLN_TYPE_AGENDA_PAGE, NULL));
  GtkWindow *window;
  AdwLeaflet *leaflet;
  g_autoptr(PlnAgendaItem) item = NULL;

  meeting = demo_meeting (workspace);
  window = pln_test_show_page (page, meeting, 360, 800);
  leaflet = ADW_LEAFLET (pln_test_find_descendant (GTK_WIDGET (page), ADW_TYPE_LEAFLET));
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (page), 10000));
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "items");

  item = g_list_model_get_item (pln_meeting_get_agenda (meeting), 0);
  pln_agenda_page_select_item (page, item);
  g_signal_emit_by_name (pln_test_find_widget (GTK_WIDGET (page), is_outline, NULL), "activate", 0);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "details");

  gtk_widget_activate_action (GTK_WIDGET (page), "agenda.show-items", NULL);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "items");

  /* A new item opens at once, for its title to be typed. */
  gtk_widget_activate_action (GTK_WIDGET (page), "agenda.add-item", NULL);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "details");

  gtk_window_destroy (window);
  g_assert_finalize_object (page);
}

/* ---------------------------------------------------------- screenshots */

static void
save_page (GType         type,
           const char   *name,
           PlnWorkspace *workspace,
           int           width)
{
  const char *language = g_getenv ("LANGUAGE") ?: "en";
  PlnMeeting *meeting = demo_meeting (workspace);
  gpointer page = g_object_ref (g_object_new (type, NULL));
  GtkWindow *window = pln_test_show_page (page, meeting, width, 800);
  int min_width;

  if (type == PLN_TYPE_AGENDA_PAGE)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (pln_meeting_get_agenda (meeting), 1);

      if (item != NULL)
        pln_agenda_page_select_item (page, item);
    }

  /* Nothing in the page asks for more than the narrowest window. */
  gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 360);

  if (!pln_test_wait_drawn (GTK_WIDGET (window), 30000))
    g_test_message ("%s: still changing after 30 s, saved as it is", name);
  pln_test_save_screenshot (GTK_WIDGET (window), "%s-%s-%d.png", language, name, width);

  /* A last day before the first: the problem marked where it is. */
  if (type == PLN_TYPE_OVERVIEW_PAGE)
    {
      g_autoptr(GDate) last = g_date_copy (pln_meeting_get_last_day (meeting));
      g_autoptr(GDate) early = g_date_copy (pln_meeting_get_first_day (meeting));

      g_date_subtract_days (early, 1);
      pln_meeting_set_last_day (meeting, early);
      pln_test_wait_drawn (GTK_WIDGET (window), 30000);
      pln_test_save_screenshot (GTK_WIDGET (window), "%s-%s-problem-%d.png", language, name, width);
      pln_meeting_set_last_day (meeting, last);
    }

  /* Folded, the agenda's details are a picture of their own. */
  if (type == PLN_TYPE_AGENDA_PAGE && width < 700)
    {
      g_signal_emit_by_name (pln_test_find_widget (GTK_WIDGET (page), is_outline, NULL), "activate", 1);
      pln_test_wait_drawn (GTK_WIDGET (window), 30000);
      pln_test_save_screenshot (GTK_WIDGET (window), "%s-%s-details-%d.png", language, name, width);
    }

  gtk_window_destroy (window);
  g_assert_finalize_object (page);
}

static void
test_narrow (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  static const int widths[] = { 1280, 360 };

  if (g_getenv ("PLN_SCREENSHOT_DIR") == NULL)
    {
      /* The minimum width is checked all the same, without pictures. */
      for (guint i = 0; i < 2; i++)
        {
          GType types[] = { PLN_TYPE_OVERVIEW_PAGE, PLN_TYPE_AGENDA_PAGE };
          gpointer page = g_object_ref_sink (g_object_new (types[i], NULL));
          int min_width;

          pln_page_set_meeting (page, demo_meeting (workspace));
          gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
          g_assert_cmpint (min_width, <=, 360);
          g_assert_finalize_object (page);
        }
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      save_page (PLN_TYPE_OVERVIEW_PAGE, "overview", workspace, widths[i]);
      save_page (PLN_TYPE_AGENDA_PAGE, "agenda", workspace, widths[i]);
    }
}

/* The languages of interpretation: the row says them and opens on a
 * check button each; a check edits the meeting, Ctrl+Z undoes it, and a
 * change from elsewhere (an import) moves the checks. */
static void
test_languages (Fixture       *fixture,
                gconstpointer  data)
{
  PlnMeeting *meeting = fixture->meeting;
  g_autoptr(PlnContext) context = pln_context_new (NULL, NULL);
  GtkWidget *row = find_row (fixture->page, "Interpretation");
  GtkWidget *french = find_row (fixture->page, "French");
  GtkCheckButton *check = GTK_CHECK_BUTTON (pln_test_find_descendant (french, GTK_TYPE_CHECK_BUTTON));

  pln_page_set_context (PLN_PAGE (fixture->page), context);
  g_assert_cmpuint (pln_meeting_get_languages (meeting), ==, PLN_LANGUAGES_ALL_UN);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "All six official languages");
  g_assert_true (gtk_check_button_get_active (check));

  /* Unchecked by activating its row, as Space on it does. */
  adw_action_row_activate (ADW_ACTION_ROW (french));
  g_assert_false (gtk_check_button_get_active (check));
  g_assert_cmpuint (pln_meeting_get_languages (meeting), ==, PLN_LANGUAGES_ALL_UN & ~PLN_LANGUAGE_FRENCH);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                   "Arabic, Chinese, English, Russian, Spanish");
  g_assert_cmpuint (pln_context_get_n_undo (context), ==, 1);

  g_assert_true (pln_context_undo (context));
  g_assert_cmpuint (pln_meeting_get_languages (meeting), ==, PLN_LANGUAGES_ALL_UN);
  g_assert_true (gtk_check_button_get_active (check));

  /* From the model: the checks follow, and nothing is there to undo. */
  pln_meeting_set_languages (meeting, PLN_LANGUAGE_ENGLISH);
  g_assert_false (gtk_check_button_get_active (check));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "English");
  g_assert_cmpuint (pln_context_get_n_undo (context), ==, 0);
  pln_meeting_set_languages (meeting, PLN_LANGUAGE_NONE);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "No interpretation");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, "French");
}

int
main (int   argc,
      char *argv[])
{
  /* The pictures are taken in the language of LANGUAGE and LANG. */
  pln_application_init_i18n ();
  /* GTK's test backend keeps the accessible names for the tests to read. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  pln_test_ui_init (&argc, &argv);

  g_test_add ("/overview/fields-stay", Fixture, NULL, fixture_set_up, test_fields_stay, fixture_tear_down);
  g_test_add ("/overview/date-picked", Fixture, NULL, fixture_set_up, test_date_picked, fixture_tear_down);
  g_test_add ("/overview/move-meeting", Fixture, NULL, fixture_set_up, test_move_meeting, fixture_tear_down);
  g_test_add ("/overview/sitting-edit-checks-once", Fixture, NULL, fixture_set_up,
              test_sitting_edit_checks_once, fixture_tear_down);
  g_test_add ("/overview/new-sitting-marked", Fixture, NULL, fixture_set_up,
              test_new_sitting_marked, fixture_tear_down);
  g_test_add ("/overview/languages", Fixture, NULL, fixture_set_up, test_languages, fixture_tear_down);
  g_test_add_func ("/overview/agenda-folds", test_agenda_folds);
  g_test_add_func ("/overview/narrow", test_narrow);

  return g_test_run ();
}
