/* test-recommendations-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "pln-recommendation-row.h"
#include "pln-recommendations-page-private.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"

/* The chair's page, driven from the keyboard's side: three recommendations
 * typed on Day 1 with Enter after each, exported, marked as shared, then
 * one changed and one withdrawn. */

/* A PlnTestWidgetMatch: an entry whose placeholder starts with
 * @placeholder_start. */
static gboolean
is_entry (GtkWidget     *widget,
          gconstpointer  placeholder_start)
{
  return GTK_IS_ENTRY (widget) && gtk_entry_get_placeholder_text (GTK_ENTRY (widget)) != NULL &&
         g_str_has_prefix (gtk_entry_get_placeholder_text (GTK_ENTRY (widget)), placeholder_start);
}

/* With PLN_SCREENSHOT_DIR set, @window is drawn into
 * recommendations-<LANGUAGE>-<name>.png there. */
static void
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  pln_test_save_screenshot (window, "recommendations-%s-%s.png", g_getenv ("LANGUAGE") ?: "en", name);
}

static void
type_and_enter (GtkWidget  *entry,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

/* The page refreshes its list and its status line from an idle, once an
 * edit is over: the test waits for what it then looks at. */

typedef struct
{
  PlnRecommendationsPage *page;
  const char             *text;
} StatusHas;

static gboolean
status_has (gpointer user_data)
{
  StatusHas *wanted = user_data;

  return strstr (pln_recommendations_page_get_status (wanted->page), wanted->text) != NULL;
}

typedef struct
{
  GObject *object;
  guint    refs;
} Refs;

static gboolean
refs_back_to (gpointer user_data)
{
  Refs *wanted = user_data;

  return g_atomic_int_get (&wanted->object->ref_count) == wanted->refs;
}

static void
test_day_one (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, "m-wg-7-2022");
  GtkWindow *window;
  PlnRecommendationsPage *page = g_object_new (PLN_TYPE_RECOMMENDATIONS_PAGE, NULL);
  GtkWidget *widget = GTK_WIDGET (page);
  GListModel *shown;
  GtkWidget *text, *source;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "non-paper.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GDate day;

  window = pln_test_show_page (page, meeting, 1000, 700);

  g_assert_cmpint (pln_recommendations_page_get_day_index (page), ==, 0);
  shown = pln_recommendations_page_get_shown (page);
  text = pln_test_find_widget (widget, is_entry, "Type a recommendation");
  source = pln_test_find_widget (widget, is_entry, "Made by");
  g_assert_nonnull (text);
  g_assert_nonnull (source);

  /* Typed as they are made: text, Enter; the focus stays for the next. */
  gtk_editable_set_text (GTK_EDITABLE (source), "Egypt");
  type_and_enter (text, "States should cooperate with shipping companies to detect smuggling.");
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

    g_assert_true (focus == text || gtk_widget_is_ancestor (focus, text));
  }
  type_and_enter (text, "States should engage financial service providers.");
  type_and_enter (text, "States should share national investigative procedures.");
  type_and_enter (text, "");   /* nothing is added for an empty line */
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (text)), ==, "");
  {
    g_autoptr(PlnRecommendation) first = g_list_model_get_item (shown, 0);

    g_assert_cmpstr (pln_recommendation_get_source (first), ==, "Egypt");
    g_assert_nonnull (pln_recommendation_get_agenda_item (first));
    g_assert_nonnull (pln_recommendation_get_created (first));
  }

  /* Export, recorded; then shared. */
  g_assert_true (pln_recommendations_page_export_to (page, PLN_DOCUMENT_FORMAT_PDF, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  pln_meeting_get_day (meeting, 0, &day);
  g_assert_nonnull (pln_meeting_get_last_export (meeting, &day));
  gtk_widget_activate_action (widget, "recommendations.mark-shared", NULL);
  pln_test_wait_until (status_has, &(StatusHas) { page, "shared at" }, 10000);
  g_assert_nonnull (strstr (pln_recommendations_page_get_status (page), "shared at"));
  g_assert_null (strstr (pln_recommendations_page_get_status (page), "changed since shared"));

  /* Withdrawn after sharing: out of the non-paper, and the shared one is out of date. */
  g_usleep (2000);
  {
    g_autoptr(PlnRecommendation) second = g_list_model_get_item (shown, 1);

    gtk_widget_activate_action (widget, "recommendations.set-status", "(si)",
                                pln_recommendation_get_id (second), PLN_RECOMMENDATION_STATUS_WITHDRAWN);
    g_assert_cmpint (pln_recommendation_get_status (second), ==, PLN_RECOMMENDATION_STATUS_WITHDRAWN);
  }
  pln_test_wait_until (status_has, &(StatusHas) { page, "changed since shared" }, 10000);
  g_assert_cmpuint (pln_non_paper_count (meeting, &day), ==, 2);
  g_assert_nonnull (strstr (pln_recommendations_page_get_status (page), "changed since shared"));

  /* Moved to Day 2, it leaves Day 1's list. */
  {
    g_autoptr(PlnRecommendation) third = g_list_model_get_item (shown, 2);

    gtk_widget_activate_action (widget, "recommendations.move-day", "(si)", pln_recommendation_get_id (third), 1);
    pln_test_wait_n_items (shown, 2, 10000);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
    gtk_widget_activate_action (widget, "recommendations.move-day", "(si)", pln_recommendation_get_id (third), 0);
    pln_test_wait_n_items (shown, 3, 10000);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  }

  /* Sharing without an e-mail portal falls back to mailto: and does not
   * fail. The portal's answer comes later, to a call that holds the page:
   * the share is over when the page is held as before. */
  {
    Refs before = { G_OBJECT (page), g_atomic_int_get (&G_OBJECT (page)->ref_count) };

    gtk_widget_activate_action (widget, "recommendations.share", NULL);
    pln_test_wait_until (refs_back_to, &before, 30000);
  }

  /* The report shows only what was agreed. */
  {
    g_autoptr(PlnRecommendation) first = g_list_model_get_item (shown, 0);

    pln_recommendation_set_status (first, PLN_RECOMMENDATION_STATUS_AGREED);
  }
  pln_recommendations_page_set_day_index (page, -1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  gtk_window_destroy (window);
}

/* ------------------------------------------------------------ the fixture */

/* The demo's meeting of WG.7 in 2022 and a context with a clock the test
 * sets, at first to 10:00 at the venue on the meeting's first day. The
 * test adds what it needs to the meeting, then shows the page. */
typedef struct
{
  PlnWorkspace           *workspace;
  PlnMeeting             *meeting;
  PlnContext             *context;
  GDateTime              *now;
  PlnRecommendationsPage *page;
  GtkWindow              *window;
  PlnTestStore            store;      /* when the test needs the context's compendium */
} Fixture;

static GDateTime *
fixture_now (gpointer user_data)
{
  Fixture *fixture = user_data;

  return g_date_time_ref (fixture->now);
}

/* The context's clock: that time in the meeting's city. */
static void
set_clock (Fixture *fixture,
           int      year,
           int      month,
           int      day,
           int      hour,
           int      minute)
{
  g_autoptr(GTimeZone) tz = pln_meeting_dup_time_zone (fixture->meeting);

  g_clear_pointer (&fixture->now, g_date_time_unref);
  fixture->now = g_date_time_new (tz, year, month, day, hour, minute, 0);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GDate day;

  fixture->workspace = pln_demo_new_workspace ();
  fixture->meeting = pln_workspace_find_meeting (fixture->workspace, "m-wg-7-2022");
  fixture->context = pln_context_new (NULL, NULL);
  pln_meeting_get_day (fixture->meeting, 0, &day);
  set_clock (fixture, g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day), 10, 0);
  pln_context_set_clock (fixture->context, fixture_now, fixture);
}

/* The page, with the context, alone in a window of @width × @height. */
static PlnRecommendationsPage *
show_page (Fixture *fixture,
           int      width,
           int      height)
{
  fixture->page = g_object_ref (g_object_new (PLN_TYPE_RECOMMENDATIONS_PAGE, "context", fixture->context, NULL));
  fixture->window = pln_test_show_page (fixture->page, fixture->meeting, width, height);
  return fixture->page;
}

/* Nothing holds the page once its window is gone. */
static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->page);
  g_clear_object (&fixture->context);
  g_clear_pointer (&fixture->now, g_date_time_unref);
  g_clear_object (&fixture->workspace);
  if (fixture->store.store != NULL)
    pln_test_store_tear_down (&fixture->store, NULL);
}

/* The workspace open in a store, as in the window: the context has its
 * compendium then. */
static void
use_store (Fixture *fixture)
{
  pln_test_store_set_up (&fixture->store, NULL);
  pln_store_set_autosave_delay (fixture->store.store, 0);
  pln_store_set_workspace (fixture->store.store, fixture->workspace);
  pln_context_set_store (fixture->context, fixture->store.store);
}

/* The page listens to its meeting's recommendations and agenda only:
 * typing in a registration of the same meeting does not rebuild it. */
static void
test_fine_grained (Fixture       *fixture,
                   gconstpointer  data)
{
  PlnMeeting *meeting = fixture->meeting;
  PlnRecommendationsPage *page;
  GListModel *registrations = pln_meeting_get_registrations (meeting);
  g_autoptr(PlnRegistration) registration = pln_registration_new ();
  g_autoptr(PlnRecommendation) rec = pln_recommendation_new ();
  guint n_rebuilds;
  GDate day;

  pln_registration_set_name (registration, "Amina Diallo");
  pln_registration_set_status (registration, PLN_REGISTRATION_STATUS_REQUESTED);
  pln_meeting_append_registration (meeting, registration);
  g_assert_cmpuint (g_list_model_get_n_items (registrations), >, 0);

  page = show_page (fixture, 1000, 700);

  /* The context's clock decides the day shown and the time left. */
  g_assert_cmpint (pln_recommendations_page_get_day_index (page), ==, 0);
  g_assert_nonnull (strstr (pln_recommendations_page_get_deadline (page), "Non-paper due in"));

  pln_meeting_get_day (meeting, 0, &day);
  pln_recommendation_set_day (rec, &day);
  pln_recommendation_set_text (rec, "States should cooperate.");
  pln_meeting_append_recommendation (meeting, rec);
  g_assert_true (pln_test_wait_idle (10000));
  n_rebuilds = pln_recommendations_page_get_n_rebuilds (page);

  pln_registration_set_name (registration, "A Name Typed in the Registrations");
  pln_registration_set_status (registration, PLN_REGISTRATION_STATUS_CONFIRMED);
  g_assert_true (pln_test_wait_idle (10000));
  g_assert_cmpuint (pln_recommendations_page_get_n_rebuilds (page), ==, n_rebuilds);

  pln_recommendation_set_text (rec, "States should cooperate closely.");
  g_assert_true (pln_test_wait_idle (10000));
  g_assert_cmpuint (pln_recommendations_page_get_n_rebuilds (page), >, n_rebuilds);

  /* The day tabs set the day through the page's property action. */
  gtk_widget_activate_action (GTK_WIDGET (page), "recommendations.day-index", "i", -1);
  g_assert_cmpint (pln_recommendations_page_get_day_index (page), ==, -1);
  gtk_widget_activate_action (GTK_WIDGET (page), "recommendations.day-index", "i", 0);
  g_assert_cmpint (pln_recommendations_page_get_day_index (page), ==, 0);
}

/* ------------------------------------------------------------ the agenda item */

static GtkDropDown *
find_item_dropdown (gpointer page)
{
  GtkWidget *dropdown = pln_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN);

  g_assert_nonnull (dropdown);
  return GTK_DROP_DOWN (dropdown);
}

static void
choose_item (GtkDropDown   *dropdown,
             PlnAgendaItem *item)
{
  GListModel *items = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) each = g_list_model_get_item (items, i);

      if (each == G_OBJECT (item))
        {
          gtk_drop_down_set_selected (dropdown, i);
          return;
        }
    }
  g_assert_not_reached ();
}

/* During a plenary meeting, a new recommendation is made under the item
 * the organization of work places then: the 3rd plenary meeting of WG.7
 * in 2022 (28 June, 10:00–13:00) takes items 3 and 4, item 3 first. */
static void
test_default_item_under_way (Fixture       *fixture,
                             gconstpointer  data)
{
  PlnMeeting *meeting = fixture->meeting;
  PlnAgendaItem *item3 = pln_meeting_find_agenda_item (meeting, "m-wg-7-2022-i3");
  PlnRecommendationsPage *page;
  GtkDropDown *dropdown;
  GtkWidget *text;
  const char *tooltip;

  set_clock (fixture, 2022, 6, 28, 10, 30);
  g_assert_true (pln_meeting_find_item_under_way (meeting, fixture->now) == item3);

  page = show_page (fixture, 1000, 700);
  dropdown = find_item_dropdown (page);

  g_assert_cmpint (pln_recommendations_page_get_day_index (page), ==, 1);
  g_assert_true (gtk_drop_down_get_selected_item (dropdown) == (gpointer) item3);

  /* The whole title is in the tooltip, though the button shows its start. */
  tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (dropdown));
  g_assert_nonnull (strstr (tooltip, pln_agenda_item_get_title (item3)));

  text = pln_test_find_widget (GTK_WIDGET (page), is_entry, "Type a recommendation");
  type_and_enter (text, "States should harmonize their procedures.");
  {
    g_autoptr(PlnRecommendation) made = g_list_model_get_item (pln_recommendations_page_get_shown (page), 0);

    g_assert_true (pln_recommendation_get_agenda_item (made) == item3);
  }
}

/* Outside the plenary meetings, the item last used for the meeting; at
 * first, the first item. */
static void
test_default_item_last_used (Fixture       *fixture,
                             gconstpointer  data)
{
  PlnMeeting *meeting = fixture->meeting;
  g_autoptr(PlnMeeting) other = g_list_model_get_item (pln_workspace_get_meetings (fixture->workspace), 0);
  PlnAgendaItem *item4 = pln_meeting_find_agenda_item (meeting, "m-wg-7-2022-i4");
  g_autoptr(PlnAgendaItem) first = g_list_model_get_item (pln_meeting_get_agenda (meeting), 0);
  PlnRecommendationsPage *page;
  GtkDropDown *dropdown;
  GtkWidget *text;

  g_assert_true (other != meeting);
  set_clock (fixture, 2022, 6, 26, 18, 0);
  g_assert_null (pln_meeting_find_item_under_way (meeting, fixture->now));

  page = show_page (fixture, 1000, 700);
  dropdown = find_item_dropdown (page);
  g_assert_true (gtk_drop_down_get_selected_item (dropdown) == (gpointer) first);

  choose_item (dropdown, item4);
  text = pln_test_find_widget (GTK_WIDGET (page), is_entry, "Type a recommendation");
  type_and_enter (text, "States should review the Mechanism's timetable.");

  /* Another meeting, then back: item 4 again. */
  pln_page_set_meeting (PLN_PAGE (page), other);
  g_assert_true (pln_test_wait_idle (10000));
  pln_page_set_meeting (PLN_PAGE (page), meeting);
  g_assert_true (pln_test_wait_idle (10000));
  g_assert_true (gtk_drop_down_get_selected_item (dropdown) == (gpointer) item4);
}

/* ------------------------------------------------------------ the list */

/* A PlnTestWidgetMatch: the row showing @rec. */
static gboolean
is_row_of (GtkWidget     *widget,
           gconstpointer  rec)
{
  return PLN_IS_RECOMMENDATION_ROW (widget) &&
         pln_recommendation_row_get_recommendation (PLN_RECOMMENDATION_ROW (widget)) == rec;
}

static gboolean
row_shown (gpointer user_data)
{
  gpointer *page_and_rec = user_data;

  return pln_test_find_widget (page_and_rec[0], is_row_of, page_and_rec[1]) != NULL;
}

static GtkWidget *
wait_for_row (PlnRecommendationsPage *page,
              PlnRecommendation      *rec)
{
  gpointer page_and_rec[] = { page, rec };

  g_assert_true (pln_test_wait_until (row_shown, page_and_rec, 10000));
  return pln_test_find_widget (GTK_WIDGET (page), is_row_of, rec);
}

static guint
position_of (PlnMeeting        *meeting,
             PlnRecommendation *rec)
{
  guint position = G_MAXUINT;

  g_list_store_find (G_LIST_STORE (pln_meeting_get_recommendations (meeting)), rec, &position);
  return position;
}

/* Alt+Down on the focused recommendation moves it below the next one of
 * its agenda item; Ctrl+Z moves it back. */
static void
test_alt_down_and_undo (Fixture       *fixture,
                        gconstpointer  data)
{
  PlnMeeting *meeting = fixture->meeting;
  PlnContext *context = fixture->context;
  PlnRecommendation *first, *second;
  PlnRecommendationsPage *page;
  GtkWidget *row;
  guint first_position;

  first = pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 0, "States should cooperate.", "Chair");
  second = pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 0, "States should share data.", "Chair");
  first_position = position_of (meeting, first);

  page = show_page (fixture, 1000, 700);
  row = wait_for_row (page, first);
  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_parent (row)));

  /* What the key press runs: the page's own shortcut. */
  pln_test_press_shortcut (GTK_WIDGET (page), "<Alt>Down");
  g_assert_cmpuint (position_of (meeting, first), >, position_of (meeting, second));
  {
    g_autoptr(PlnRecommendation) top = g_list_model_get_item (pln_recommendations_page_get_shown (page), 0);

    g_assert_true (top == second);
  }

  /* The focus stays with the recommendation moved: Alt+Up brings it back. */
  pln_test_press_shortcut (GTK_WIDGET (page), "<Alt>Up");
  g_assert_cmpuint (position_of (meeting, first), ==, first_position);

  /* Each move is undone in turn. */
  g_assert_cmpuint (pln_context_get_n_undo (context), ==, 2);
  g_assert_true (pln_context_undo (context));
  g_assert_cmpuint (position_of (meeting, first), >, position_of (meeting, second));
  g_assert_true (pln_context_undo (context));
  g_assert_cmpuint (position_of (meeting, first), ==, first_position);
  g_assert_true (pln_test_wait_idle (10000));
  {
    g_autoptr(PlnRecommendation) top = g_list_model_get_item (pln_recommendations_page_get_shown (page), 0);

    g_assert_true (top == first);
  }

  /* A row dropped on another takes its place, and Ctrl+Z undoes it too. */
  gtk_widget_activate_action (GTK_WIDGET (page), "recommendations.move-to", "(ss)",
                              pln_recommendation_get_id (first), pln_recommendation_get_id (second));
  g_assert_cmpuint (position_of (meeting, first), >, position_of (meeting, second));
  g_assert_true (pln_context_undo (context));
  g_assert_cmpuint (position_of (meeting, first), ==, first_position);
}

/* A PlnTestWidgetMatch: the menu item labelled @text. */
static gboolean
is_menu_item (GtkWidget     *widget,
              gconstpointer  text)
{
  g_autofree char *label = NULL;

  if (g_strcmp0 (G_OBJECT_TYPE_NAME (widget), "GtkModelButton") != 0)
    return FALSE;

  g_object_get (widget, "text", &label, NULL);
  return g_strcmp0 (label, text) == 0;
}

static gboolean
menu_item_active (GtkWidget                *row,
                  PlnRecommendationStatus   status)
{
  GtkWidget *item = pln_test_find_widget (row, is_menu_item, pln_recommendation_status_to_label (status));
  gboolean active = FALSE;

  g_assert_nonnull (item);
  g_object_get (item, "active", &active, NULL);
  return active;
}

typedef struct
{
  GtkWidget               *row;
  PlnRecommendationStatus  status;
} MenuMarks;

static gboolean
menu_marks (gpointer user_data)
{
  MenuMarks *wanted = user_data;

  return menu_item_active (wanted->row, wanted->status);
}

/* The status menu marks the current status, and changes it. */
static void
test_status_menu (Fixture       *fixture,
                  gconstpointer  data)
{
  PlnRecommendation *rec = pln_test_add_recommendation (fixture->meeting, "m-wg-7-2022-i2", 0,
                                                        "States should cooperate.", "Chair");
  PlnRecommendationsPage *page;
  GtkWidget *row;

  pln_recommendation_set_status (rec, PLN_RECOMMENDATION_STATUS_IN_NON_PAPER);
  page = show_page (fixture, 1000, 700);
  row = wait_for_row (page, rec);

  g_assert_true (pln_test_wait_until (menu_marks, &(MenuMarks) { row, PLN_RECOMMENDATION_STATUS_IN_NON_PAPER }, 10000));
  g_assert_false (menu_item_active (row, PLN_RECOMMENDATION_STATUS_PROPOSED));
  g_assert_false (menu_item_active (row, PLN_RECOMMENDATION_STATUS_AGREED));

  /* Choosing a radio item sets the status, and the mark follows. */
  g_assert_true (gtk_widget_activate_action (row, "rec.status", "s", "agreed"));
  g_assert_cmpint (pln_recommendation_get_status (rec), ==, PLN_RECOMMENDATION_STATUS_AGREED);
  g_assert_true (pln_test_wait_until (menu_marks, &(MenuMarks) { row, PLN_RECOMMENDATION_STATUS_AGREED }, 10000));
  g_assert_false (menu_item_active (row, PLN_RECOMMENDATION_STATUS_IN_NON_PAPER));
}

static gboolean
shows_empty_state (gpointer page)
{
  GtkWidget *status_page = pln_test_find_descendant (page, ADW_TYPE_STATUS_PAGE);

  return status_page != NULL && gtk_widget_get_mapped (status_page);
}

static gboolean
shows_list (gpointer page)
{
  return !shows_empty_state (page);
}

/* A day without recommendations says what to do. */
static void
test_empty_state (Fixture       *fixture,
                  gconstpointer  data)
{
  PlnRecommendationsPage *page = show_page (fixture, 1000, 700);
  GtkWidget *text;
  AdwStatusPage *status_page;

  g_assert_cmpuint (g_list_model_get_n_items (pln_recommendations_page_get_shown (page)), ==, 0);
  g_assert_true (pln_test_wait_until (shows_empty_state, page, 10000));
  status_page = ADW_STATUS_PAGE (pln_test_find_descendant (GTK_WIDGET (page), ADW_TYPE_STATUS_PAGE));
  g_assert_cmpstr (adw_status_page_get_title (status_page), ==, "No Recommendations Yet");
  g_assert_nonnull (strstr (adw_status_page_get_description (status_page), "press Enter"));

  text = pln_test_find_widget (GTK_WIDGET (page), is_entry, "Type a recommendation");
  type_and_enter (text, "States should cooperate.");
  g_assert_true (pln_test_wait_until (shows_list, page, 10000));

  /* The report's tab, with nothing agreed, says how something gets there. */
  pln_recommendations_page_set_day_index (page, -1);
  g_assert_true (pln_test_wait_until (shows_empty_state, page, 10000));
  g_assert_cmpstr (adw_status_page_get_title (status_page), ==, "No Agreed Recommendations");
}

/* The pop-up of @widget (the drop-down's list of whole titles, a menu),
 * drawn on its own. */
static void
save_popup_screenshot (GtkWidget  *widget,
                       const char *name)
{
  GtkWidget *popover = pln_test_find_descendant (widget, GTK_TYPE_POPOVER);

  if (g_getenv ("PLN_SCREENSHOT_DIR") == NULL)
    return;

  gtk_popover_popup (GTK_POPOVER (popover));
  g_assert_true (pln_test_wait_drawn (popover, 30000));
  save_screenshot (popover, name);
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static gboolean
is_named (GtkWidget *widget)
{
  return gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/* A PlnTestWidgetMatch: a control a screen reader would name by its class
 * on GTK 4.8: an entry, a drop-down, a menu button, or a button without a
 * label of its own (icon-only). */
static gboolean
is_unnamed_control (GtkWidget     *widget,
                    gconstpointer  data)
{
  if (GTK_IS_ENTRY (widget) || GTK_IS_DROP_DOWN (widget) || GTK_IS_MENU_BUTTON (widget) ||
      GTK_IS_LIST_VIEW (widget))
    return !is_named (widget);
  if (GTK_IS_BUTTON (widget) && !GTK_IS_TOGGLE_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) == NULL)
    return !is_named (widget);
  return FALSE;
}

/* Every entry, drop-down, menu button, icon-only button and list of the
 * page, with a recommendation shown, has a name for a screen reader. */
static void
test_accessible_names (Fixture       *fixture,
                       gconstpointer  data)
{
  PlnRecommendation *rec = pln_test_add_recommendation (fixture->meeting, "m-wg-7-2022-i2", 0,
                                                        "States should cooperate.", "Chair");
  PlnRecommendationsPage *page = show_page (fixture, 1000, 700);
  GtkWidget *unnamed;

  wait_for_row (page, rec);

  unnamed = pln_test_find_widget (GTK_WIDGET (page), is_unnamed_control, NULL);
  if (unnamed != NULL)
    g_test_fail_printf ("a %s of the page (“%s”) has no accessible name", G_OBJECT_TYPE_NAME (unnamed),
                        GTK_IS_MENU_BUTTON (unnamed) ? gtk_menu_button_get_label (GTK_MENU_BUTTON (unnamed)) :
                        gtk_widget_get_tooltip_text (unnamed));
}

/* Nothing of the page asks for more than a phone's width. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  PlnRecommendation *rec = pln_test_add_recommendation (fixture->meeting, "m-wg-7-2022-i3", 0,
                                                        "States should share national investigative procedures "
                                                        "with a view to enhancing international cooperation.",
                                                        "Mexico");
  PlnRecommendationsPage *page = show_page (fixture, 360, 800);
  GtkWindow *window = fixture->window;
  int minimum;

  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (window), 30000));

  gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  save_screenshot (GTK_WIDGET (window), "narrow");
  save_popup_screenshot (GTK_WIDGET (find_item_dropdown (page)), "narrow-items");

  pln_recommendations_page_set_day_index (page, 1);
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (window), 30000));
  save_screenshot (GTK_WIDGET (window), "narrow-empty");
  gtk_window_set_default_size (window, 1280, 800);
  pln_recommendations_page_set_day_index (page, 0);
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (window), 30000));
  save_screenshot (GTK_WIDGET (window), "wide");
  save_popup_screenshot (GTK_WIDGET (find_item_dropdown (page)), "wide-items");
  save_popup_screenshot (wait_for_row (page, rec), "wide-status-menu");
  pln_recommendations_page_set_day_index (page, 1);
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (window), 30000));
  save_screenshot (GTK_WIDGET (window), "wide-empty");
}

static gboolean
widget_visible_is (gpointer user_data)
{
  gpointer *widget_and_wanted = user_data;

  return gtk_widget_get_visible (widget_and_wanted[0]) == GPOINTER_TO_INT (widget_and_wanted[1]);
}

static void
wait_visible (gpointer widget,
              gboolean visible)
{
  gpointer widget_and_wanted[] = { widget, GINT_TO_POINTER (visible) };

  g_assert_true (pln_test_wait_until (widget_visible_is, widget_and_wanted, 10000));
}

static void
show_recommendation_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        GVariant     **out)
{
  g_clear_pointer (out, g_variant_unref);
  *out = g_variant_ref (parameter);
}

static gboolean
variant_set (gpointer user_data)
{
  return *(GVariant **) user_data != NULL;
}

/* Typing a recommendation close to one the working group agreed in an
 * earlier meeting offers that one, once typing pauses, with a button that
 * opens it; nothing is offered for an unrelated text; a row with the
 * focus is offered its earlier ones too. */
static void
test_already_recommended (Fixture       *fixture,
                          gconstpointer  data)
{
  PlnMeeting *earlier = fixture->meeting;
  PlnRecommendation *old = pln_test_add_recommendation (earlier, "m-wg-7-2022-i2", 0,
                                                        "States should cooperate with shipping companies to detect "
                                                        "the smuggling of migrants.", "Chair");
  g_autoptr(GSimpleActionGroup) win = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) show = g_simple_action_new ("show-recommendation", G_VARIANT_TYPE ("(ss)"));
  g_autoptr(GVariant) shown = NULL;
  PlnRecommendationsPage *page;
  PlnRecommendation *rec;
  GtkWidget *text, *offer, *heading, *open, *row;

  pln_recommendation_set_status (old, PLN_RECOMMENDATION_STATUS_AGREED);
  pln_meeting_set_report_symbol (earlier, "CTOC/COP/WG.7/2022/4");
  use_store (fixture);
  fixture->meeting = pln_workspace_find_meeting (fixture->workspace, "m-wg-7-2023");
  page = show_page (fixture, 1000, 700);
  g_signal_connect (show, "activate", G_CALLBACK (show_recommendation_cb), &shown);
  g_action_map_add_action (G_ACTION_MAP (win), G_ACTION (show));
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (win));

  text = pln_test_find_widget (GTK_WIDGET (page), is_entry, "Type a recommendation");
  gtk_editable_set_text (GTK_EDITABLE (text), "States should cooperate with shipping companies to detect smuggling");
  /* Not as the key is pressed: once typing pauses. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (page->earlier_box)));
  wait_visible (page->earlier_box, TRUE);

  offer = gtk_widget_get_first_child (GTK_WIDGET (page->earlier_box));
  g_assert_null (gtk_widget_get_next_sibling (offer));
  heading = gtk_widget_get_first_child (gtk_widget_get_first_child (offer));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (heading)), ==,
                   "Already recommended in 2022 (CTOC/COP/WG.7/2022/4, recommendation 1)");
  open = gtk_widget_get_last_child (offer);
  /* A button activated from the keyboard is clicked a moment later. */
  gtk_widget_activate (open);
  g_assert_true (pln_test_wait_until (variant_set, &shown, 10000));
  {
    g_autoptr(GVariant) wanted = g_variant_ref_sink (g_variant_new ("(ss)", "m-wg-7-2022", pln_recommendation_get_id (old)));

    g_assert_true (g_variant_equal (shown, wanted));
  }

  gtk_editable_set_text (GTK_EDITABLE (text), "States should publish statistics on firearms seized");
  wait_visible (page->earlier_box, FALSE);

  gtk_editable_set_text (GTK_EDITABLE (text), "");
  rec = pln_test_add_recommendation (fixture->meeting, NULL, 0,
                                     "States should cooperate with shipping companies to detect smuggling at sea.",
                                     "Egypt");
  row = wait_for_row (page, rec);
  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_parent (row)));
  wait_visible (page->earlier_box, TRUE);
}

static gboolean
focus_in_row_of (gpointer user_data)
{
  gpointer *page_and_rec = user_data;
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (page_and_rec[0]));
  GtkWidget *row = focus != NULL ? gtk_widget_get_first_child (focus) : NULL;

  return PLN_IS_RECOMMENDATION_ROW (row) && pln_recommendation_row_get_recommendation (PLN_RECOMMENDATION_ROW (row)) == page_and_rec[1];
}

/* A recommendation opened from elsewhere (the compendium): its day's tab,
 * its row scrolled to and given the focus. */
static void
test_reveal (Fixture       *fixture,
             gconstpointer  data)
{
  PlnRecommendationsPage *page;
  PlnRecommendation *target = NULL;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *words = g_strdup_printf ("States should consider measure %u of cooperation.", i);

      target = pln_test_add_recommendation (fixture->meeting, "m-wg-7-2022-i2", 1, words, "Chair");
    }
  page = show_page (fixture, 1000, 500);
  g_assert_cmpint (pln_recommendations_page_get_day_index (page), ==, 0);

  pln_recommendations_page_reveal (page, target);
  g_assert_cmpint (pln_recommendations_page_get_day_index (page), ==, 1);
  g_assert_true (pln_test_wait_until (focus_in_row_of, (gpointer[]) { page, target }, 10000));
}

/* A row's menu of themes lists the thematic index, parents first; a
 * theme checked files the recommendation under it, and Ctrl+Z takes it
 * out again. */
static void
test_row_themes (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PlnTheme) cooperation = pln_theme_new ("International cooperation");
  g_autoptr(PlnTheme) private_sector = pln_theme_new ("Private sector");
  PlnRecommendation *rec = pln_test_add_recommendation (fixture->meeting, "m-wg-7-2022-i2", 0,
                                                        "States should cooperate with Internet service providers.",
                                                        "Chair");
  PlnRecommendationsPage *page;
  GtkMenuButton *button;
  GMenuModel *menu;
  GtkWidget *row;
  g_autofree char *label = NULL;

  /* Only the test's thematic index, not the sample's. */
  g_list_store_remove_all (G_LIST_STORE (pln_workspace_get_themes (fixture->workspace)));
  pln_theme_set_parent (private_sector, pln_theme_get_id (cooperation));
  pln_workspace_insert_theme (fixture->workspace, G_MAXUINT, cooperation);
  pln_workspace_insert_theme (fixture->workspace, G_MAXUINT, private_sector);
  use_store (fixture);
  page = show_page (fixture, 1000, 700);
  row = wait_for_row (page, rec);
  button = pln_recommendation_row_get_themes_button (PLN_RECOMMENDATION_ROW (row));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));

  gtk_menu_button_popup (button);
  menu = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  g_menu_model_get_item_attribute (menu, 1, G_MENU_ATTRIBUTE_LABEL, "s", &label);
  g_assert_cmpstr (label, ==, "International cooperation › Private sector");

  /* The second check item: filed under the child theme. */
  g_assert_true (gtk_widget_activate_action (row, "theme.1", NULL));
  g_assert_nonnull (pln_recommendation_get_themes (rec));
  g_assert_true (g_strv_contains (pln_recommendation_get_themes (rec), pln_theme_get_id (private_sector)));
  g_assert_false (g_strv_contains (pln_recommendation_get_themes (rec), pln_theme_get_id (cooperation)));
  gtk_menu_button_popdown (button);

  g_assert_true (pln_context_undo (fixture->context));
  g_assert_null (pln_recommendation_get_themes (rec));
}

int
main (int   argc,
      char *argv[])
{
  pln_test_ui_init_language ();
  /* GTK keeps the accessible properties for the tests to read with its
   * test backend only (GTK_A11Y=none forgets them). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  pln_test_ui_init (&argc, &argv);

  g_test_add_func ("/recommendations-page/day-one", test_day_one);
  g_test_add ("/recommendations-page/fine-grained", Fixture, NULL, fixture_set_up, test_fine_grained, fixture_tear_down);
  g_test_add ("/recommendations-page/default-item-under-way", Fixture, NULL, fixture_set_up, test_default_item_under_way, fixture_tear_down);
  g_test_add ("/recommendations-page/default-item-last-used", Fixture, NULL, fixture_set_up, test_default_item_last_used, fixture_tear_down);
  g_test_add ("/recommendations-page/alt-down-and-undo", Fixture, NULL, fixture_set_up, test_alt_down_and_undo, fixture_tear_down);
  g_test_add ("/recommendations-page/status-menu", Fixture, NULL, fixture_set_up, test_status_menu, fixture_tear_down);
  g_test_add ("/recommendations-page/empty-state", Fixture, NULL, fixture_set_up, test_empty_state, fixture_tear_down);
  g_test_add ("/recommendations-page/accessible-names", Fixture, NULL, fixture_set_up, test_accessible_names, fixture_tear_down);
  g_test_add ("/recommendations-page/already-recommended", Fixture, NULL, fixture_set_up, test_already_recommended, fixture_tear_down);
  g_test_add ("/recommendations-page/row-themes", Fixture, NULL, fixture_set_up, test_row_themes, fixture_tear_down);
  g_test_add ("/recommendations-page/reveal", Fixture, NULL, fixture_set_up, test_reveal, fixture_tear_down);
  g_test_add ("/recommendations-page/narrow", Fixture, NULL, fixture_set_up, test_narrow, fixture_tear_down);

  return g_test_run ();
}
