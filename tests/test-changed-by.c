/* test-changed-by.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "pln-agenda-page.h"
#include "pln-application.h"
#include "pln-context.h"
#include "pln-format.h"
#include "pln-overview-page.h"
#include "pln-preferences-window.h"
#include "pln-recommendations-page.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"

/* Who changed what, where the interface shows it: under a recommendation,
 * the agenda item being edited and the meeting's Overview, "Changed by
 * Maria Lopez at 14:32", with the day when it was not today, following a
 * new save's stamp; and the name in Preferences. With PLN_SCREENSHOT_DIR
 * set, the three pages are drawn there (changed-by-PAGE.png). */

static gboolean
label_contains (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), data) != NULL;
}

static GDateTime *
today_at (int hour,
          int minute)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                g_date_time_get_day_of_month (now), hour, minute, 0);
}

static void
stamp (gpointer    object,
       const char *author,
       GDateTime  *at)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (at);

  pln_object_set_changed (PLN_OBJECT (object), author, utc);
}

static gboolean
page_shows (gpointer user_data)
{
  gpointer *args = user_data;

  return pln_test_find_widget (args[0], label_contains, args[1]) != NULL;
}

static void
screenshot (GtkWidget  *window,
            const char *name)
{
  g_assert_true (pln_test_wait_drawn (window, 10000));
  pln_test_save_screenshot (window, "%s", name);
}

/* Waits until a label of @page says @text. */
static void
assert_shows (gpointer    page,
              const char *text)
{
  gpointer args[] = { page, (gpointer) text };

  if (!pln_test_wait_until (page_shows, args, 10000))
    g_error ("no label says “%s”", text);
}

/* Today: the time alone; another day: the date too; nothing recorded:
 * nothing said; no name: the time alone. */
static void
test_format (void)
{
  g_autoptr(PlnRecommendation) rec = pln_recommendation_new ();
  g_autoptr(GDateTime) at = g_date_time_new_local (2025, 10, 6, 14, 32, 0);
  g_autoptr(GDateTime) same_day = g_date_time_new_local (2025, 10, 6, 18, 0, 0);
  g_autoptr(GDateTime) next_day = g_date_time_new_local (2025, 10, 7, 9, 0, 0);
  g_autofree char *unstamped = pln_format_changed (PLN_OBJECT (rec), same_day);
  g_autofree char *today = NULL;
  g_autofree char *other_day = NULL;
  g_autofree char *anonymous = NULL;

  g_assert_null (unstamped);

  stamp (rec, "Maria Lopez", at);
  today = pln_format_changed (PLN_OBJECT (rec), same_day);
  g_assert_cmpstr (today, ==, "Changed by Maria Lopez at 14:32");
  other_day = pln_format_changed (PLN_OBJECT (rec), next_day);
  g_assert_cmpstr (other_day, ==, "Changed by Maria Lopez on 6 Oct 2025 at 14:32");

  stamp (rec, NULL, at);
  anonymous = pln_format_changed (PLN_OBJECT (rec), same_day);
  g_assert_cmpstr (anonymous, ==, "Changed at 14:32");
}

static void
test_recommendation_row (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, "m-wg-7-2022");
  g_autoptr(PlnContext) context = pln_context_new (NULL, NULL);
  PlnRecommendationsPage *page = g_object_ref (g_object_new (PLN_TYPE_RECOMMENDATIONS_PAGE, "context", context, NULL));
  PlnRecommendation *rec = pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 0,
                                                        "States parties should share good practices.", "Mexico");
  g_autoptr(GDateTime) first = today_at (14, 32);
  g_autoptr(GDateTime) second = today_at (15, 5);
  GtkWindow *window;

  stamp (rec, "Maria Lopez", first);
  window = pln_test_show_page (page, meeting, 1200, 800);
  assert_shows (page, "Changed by Maria Lopez at 14:32");

  /* A later save's stamp replaces it. */
  stamp (rec, "Li Wei", second);
  assert_shows (page, "Changed by Li Wei at 15:05");
  screenshot (GTK_WIDGET (window), "changed-by-recommendations.png");

  gtk_window_destroy (window);
  g_assert_finalize_object (page);
}

static void
test_agenda_item (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, "m-wg-7-2022");
  PlnAgendaItem *item = pln_meeting_find_agenda_item (meeting, "m-wg-7-2022-i2");
  PlnAgendaPage *page = g_object_ref (g_object_new (PLN_TYPE_AGENDA_PAGE, NULL));
  g_autoptr(GDateTime) at = g_date_time_new_local (2025, 10, 6, 9, 41, 0);
  GtkWindow *window;

  stamp (item, "Ana Silva", at);
  window = pln_test_show_page (page, meeting, 1200, 800);
  pln_agenda_page_select_item (page, item);
  assert_shows (page, "Changed by Ana Silva on 6 Oct 2025 at 09:41");
  screenshot (GTK_WIDGET (window), "changed-by-agenda.png");

  gtk_window_destroy (window);
  g_assert_finalize_object (page);
}

static void
test_overview (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, "m-wg-7-2022");
  PlnOverviewPage *page = g_object_ref (g_object_new (PLN_TYPE_OVERVIEW_PAGE, NULL));
  g_autoptr(GDateTime) at = today_at (8, 15);
  GtkWindow *window;

  window = pln_test_show_page (page, meeting, 1200, 800);
  g_assert_null (pln_test_find_widget (GTK_WIDGET (page), label_contains, "Changed by"));

  stamp (meeting, "Maria Lopez", at);
  assert_shows (page, "Changed by Maria Lopez at 08:15");
  screenshot (GTK_WIDGET (window), "changed-by-overview.png");

  gtk_window_destroy (window);
  g_assert_finalize_object (page);
}

/* The name typed in Preferences is the setting the stores are bound to;
 * the group says whose name is recorded while none is typed. */
static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  PlnPreferencesWindow *window = pln_preferences_window_new (settings);
  g_autofree char *default_note = g_strdup_printf ("Left empty: %s.", pln_author_get_default ());
  GtkWidget *row;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (pln_test_wait_mapped (window, 10000));
  assert_shows (window, "Your name, recorded on what you change.");
  assert_shows (window, default_note);

  row = pln_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Your Name");
  gtk_editable_set_text (GTK_EDITABLE (row), "Maria Lopez");
  g_assert_cmpstr (g_settings_get_string (settings, "author-name"), ==, "Maria Lopez");
  screenshot (GTK_WIDGET (window), "changed-by-preferences.png");

  g_settings_reset (settings, "author-name");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  pln_application_init_i18n ();
  pln_test_ui_init (&argc, &argv);

  g_test_add_func ("/changed-by/format", test_format);
  g_test_add_func ("/changed-by/recommendation-row", test_recommendation_row);
  g_test_add_func ("/changed-by/agenda-item", test_agenda_item);
  g_test_add_func ("/changed-by/overview", test_overview);
  g_test_add_func ("/changed-by/preferences", test_preferences);

  return g_test_run ();
}
