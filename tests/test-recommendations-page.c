/* test-recommendations-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "pln-recommendations-page.h"
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

/* 10:00 at the venue on the meeting's first day: the context's clock. */
static GDateTime *
first_day_morning (gpointer user_data)
{
  PlnMeeting *meeting = user_data;
  g_autoptr(GTimeZone) tz = pln_meeting_dup_time_zone (meeting);
  GDate day;

  pln_meeting_get_day (meeting, 0, &day);
  return g_date_time_new (tz, g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day), 10, 0, 0);
}

/* The page listens to its meeting's recommendations and agenda only:
 * typing in a registration of the same meeting does not rebuild it. */
static void
test_fine_grained (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, "m-wg-7-2022");
  g_autoptr(PlnContext) context = pln_context_new (NULL, NULL);
  GtkWindow *window;
  PlnRecommendationsPage *page = NULL;
  GListModel *registrations = pln_meeting_get_registrations (meeting);
  g_autoptr(PlnRegistration) registration = pln_registration_new ();
  g_autoptr(PlnRecommendation) rec = pln_recommendation_new ();
  guint n_rebuilds;
  GDate day;

  pln_registration_set_name (registration, "Amina Diallo");
  pln_registration_set_status (registration, PLN_REGISTRATION_STATUS_REQUESTED);
  pln_meeting_append_registration (meeting, registration);
  g_assert_cmpuint (g_list_model_get_n_items (registrations), >, 0);
  pln_context_set_clock (context, first_day_morning, meeting);

  page = g_object_new (PLN_TYPE_RECOMMENDATIONS_PAGE, "context", context, NULL);
  window = pln_test_show_page (page, meeting, 1000, 700);

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

  g_object_ref (page);
  gtk_window_destroy (window);
  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  pln_test_ui_init (&argc, &argv);

  g_test_add_func ("/recommendations-page/day-one", test_day_one);
  g_test_add_func ("/recommendations-page/fine-grained", test_fine_grained);

  return g_test_run ();
}
