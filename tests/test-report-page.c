/* test-report-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pln-report-page.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"

/* The Report page of the demo's 2022 WG.7 meeting: its outline shows
 * what the report derives, and follows the workspace as it changes; the
 * problems are listed and go when they are solved; the Chair's summary
 * typed in an item's editor is the item's, and Ctrl+Z takes it back;
 * the report is exported from the page; every control has a name; and
 * nothing of it asks for more than a phone's width. */

typedef struct
{
  PlnWorkspace  *workspace;
  PlnMeeting    *meeting;
  PlnContext    *context;
  PlnReportPage *page;
  GtkWindow     *window;
} Fixture;

static void
add_registration (PlnMeeting              *meeting,
                  PlnRegistrationCategory  category,
                  const char              *delegation,
                  PlnRegistrationStatus    status)
{
  g_autoptr(PlnRegistration) registration = pln_registration_new ();

  pln_registration_set_category (registration, category);
  pln_registration_set_delegation (registration, delegation);
  pln_registration_set_name (registration, "A Delegate");
  pln_registration_set_status (registration, status);
  pln_meeting_append_registration (meeting, registration);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->workspace = pln_demo_new_workspace ();
  fixture->meeting = pln_workspace_find_meeting (fixture->workspace, "m-wg-7-2022");
  fixture->context = pln_context_new (NULL, NULL);

  add_registration (fixture->meeting, PLN_REGISTRATION_CATEGORY_STATE_PARTY, "Egypt",
                    PLN_REGISTRATION_STATUS_CONFIRMED);
  add_registration (fixture->meeting, PLN_REGISTRATION_CATEGORY_STATE_PARTY, "Côte d’Ivoire",
                    PLN_REGISTRATION_STATUS_CONFIRMED);
  add_registration (fixture->meeting, PLN_REGISTRATION_CATEGORY_STATE_PARTY, "Norway",
                    PLN_REGISTRATION_STATUS_CANCELLED);
  pln_recommendation_set_status (pln_test_add_recommendation (fixture->meeting, "m-wg-7-2022-i2", 0,
                                                              "States should cooperate with shipping companies.",
                                                              "Egypt"),
                                 PLN_RECOMMENDATION_STATUS_AGREED);
}

static PlnReportPage *
show_page (Fixture *fixture,
           int      width,
           int      height)
{
  fixture->page = g_object_ref (g_object_new (PLN_TYPE_REPORT_PAGE, "context", fixture->context, NULL));
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
  g_clear_object (&fixture->workspace);
}

static void
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  pln_test_save_screenshot (window, "report-%s-%s.png", g_getenv ("LANGUAGE") ?: "en", name);
}

/* A PlnTestWidgetMatch: an action row whose subtitle holds @data. */
static gboolean
is_row_saying (GtkWidget     *widget,
               gconstpointer  data)
{
  const char *subtitle;

  if (!ADW_IS_ACTION_ROW (widget))
    return FALSE;

  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (widget));
  return subtitle != NULL && strstr (subtitle, data) != NULL;
}

/* A PlnTestWidgetMatch: an action row whose title holds @data. */
static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  data)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) != NULL;
}

typedef struct
{
  GtkWidget          *page;
  PlnTestWidgetMatch  match;
  const char         *text;
} Shown;

static gboolean
is_shown (gpointer user_data)
{
  Shown *shown = user_data;

  return pln_test_find_widget (shown->page, shown->match, shown->text) != NULL;
}

static void
wait_shown (PlnReportPage      *page,
            PlnTestWidgetMatch  match,
            const char         *text)
{
  Shown shown = { GTK_WIDGET (page), match, text };

  if (!pln_test_wait_until (is_shown, &shown, 10000))
    g_error ("the page never showed “%s”", text);
}

static gboolean
has_n_problems (gpointer user_data)
{
  gpointer *args = user_data;

  return pln_report_page_get_n_problems (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static void
wait_n_problems (PlnReportPage *page,
                 guint          n)
{
  gpointer args[] = { page, GUINT_TO_POINTER (n) };

  g_assert_true (pln_test_wait_until (has_n_problems, args, 10000));
}

/* The outline shows what the report derives, and follows the workspace:
 * the problems, the recommendations, attendance; a speaker heard. */
static void
test_outline (Fixture       *fixture,
              gconstpointer  data)
{
  PlnReportPage *page = show_page (fixture, 1000, 800);
  g_autoptr(PlnSitting) sitting = g_list_model_get_item (pln_meeting_get_sittings (fixture->meeting), 1);
  g_autoptr(PlnSpeaker) speaker = pln_speaker_new ();
  PlnFloorStamp now;

  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (fixture->window), 30000));
  /* No symbol yet. */
  g_assert_cmpuint (pln_report_page_get_n_problems (page), ==, 1);
  g_assert_nonnull (strstr (pln_report_page_get_status (page), "1 problem"));
  g_assert_nonnull (pln_test_find_widget (GTK_WIDGET (page), is_row_titled, "no report symbol"));
  wait_shown (page, is_row_saying, "States should cooperate with shipping companies.");
  wait_shown (page, is_row_saying, "represented at the meeting: Côte d’Ivoire and Egypt.");
  g_assert_null (pln_test_find_widget (GTK_WIDGET (page), is_row_saying, "Norway"));
  wait_shown (page, is_row_saying, "the report leaves this part out");
  wait_shown (page, is_row_saying, "At its 4th plenary meeting, on 28 June 2022");

  pln_meeting_set_report_symbol (fixture->meeting, "CTOC/COP/WG.7/2022/4");
  wait_n_problems (page, 0);
  wait_shown (page, is_row_saying, "CTOC/COP/WG.7/2022/4");
  g_assert_null (pln_test_find_widget (GTK_WIDGET (page), is_row_titled, "no report symbol"));

  /* A State heard without a registration: on item 2's editor and in the
   * problems. */
  pln_floor_stamp_now (&now);
  pln_speaker_set_delegation (speaker, "Narnia");
  pln_speaker_set_agenda_item (speaker, pln_meeting_find_agenda_item (fixture->meeting, "m-wg-7-2022-i2"));
  pln_speaker_log (speaker, PLN_SPEAKER_EVENT_STARTED, &now);
  pln_sitting_insert_speaker (sitting, 0, speaker);
  wait_n_problems (page, 1);
  g_assert_nonnull (pln_test_find_widget (GTK_WIDGET (page), is_row_titled, "Narnia made statements"));
  wait_shown (page, is_row_saying, "following State party: Narnia.");

  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (fixture->window), 30000));
  save_screenshot (GTK_WIDGET (fixture->window), "wide");
}

static gboolean
summary_is (gpointer user_data)
{
  gpointer *args = user_data;

  return g_strcmp0 (pln_agenda_item_get_summary (args[0]), args[1]) == 0;
}

/* What is typed in an item's editor is the item's summary; once the
 * editor lets go of the focus, one Ctrl+Z takes all of it back. The
 * editor stays the same through the refreshes its typing causes. */
static void
test_summary_and_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  PlnReportPage *page = show_page (fixture, 1000, 800);
  PlnAgendaItem *item = pln_meeting_find_agenda_item (fixture->meeting, "m-wg-7-2022-i3");
  GtkTextView *view = NULL;
  GtkTextBuffer *buffer;
  gpointer typed[] = { item, (gpointer) "The Chair opened the discussion." };
  gpointer undone[] = { item, NULL };

  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (fixture->window), 30000));
  view = pln_report_page_get_summary_view (page, item);
  g_assert_nonnull (view);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL));

  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (pln_test_wait_until ((PlnTestCondition) gtk_widget_has_focus, view, 10000));
  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_set_text (buffer, "The Chair opened", -1);
  g_assert_true (pln_test_wait_idle (10000));
  gtk_text_buffer_insert_at_cursor (buffer, " the discussion.", -1);
  g_assert_true (pln_test_wait_until (summary_is, typed, 10000));
  g_assert_true (pln_test_wait_idle (10000));
  g_assert_true (pln_report_page_get_summary_view (page, item) == view);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));

  /* The focus leaves: the edit is in the undo queue. */
  gtk_widget_grab_focus (pln_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_MENU_BUTTON));
  g_assert_cmpuint (pln_context_get_n_undo (fixture->context), ==, 1);
  g_assert_true (pln_context_undo (fixture->context));
  g_assert_true (pln_test_wait_until (summary_is, undone, 10000));
  {
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, "");
  }
}

/* The page's export writes the report, English, to a file. */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  PlnReportPage *page = show_page (fixture, 1000, 800);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "Report.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (pln_report_page_export_to (page, PLN_DOCUMENT_FORMAT_TEXT, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "I. Recommendations"));
  g_assert_nonnull (strstr (text, "States should cooperate with shipping companies."));
  g_assert_nonnull (strstr (text, "IV. Adoption of the report"));

  /* The actions exist for the menu. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "report.copy-addresses", NULL));
}

/* Every entry, text view, menu button and icon-only button is named for
 * a screen reader. */
static gboolean
is_unnamed_control (GtkWidget     *widget,
                    gconstpointer  data)
{
  gboolean named = gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);

  if (GTK_IS_TEXT_VIEW (widget) || GTK_IS_ENTRY (widget) || GTK_IS_MENU_BUTTON (widget))
    return !named;
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) == NULL)
    return !named;
  return FALSE;
}

/* Nothing of the page asks for more than a phone's width, and every
 * control has a name. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  PlnReportPage *page = NULL;
  int minimum;

  pln_meeting_set_report_symbol (fixture->meeting, "CTOC/COP/WG.7/2022/4");
  page = show_page (fixture, 360, 800);
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (fixture->window), 30000));

  gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 360);
  g_assert_null (pln_test_find_widget (GTK_WIDGET (page), is_unnamed_control, NULL));
  save_screenshot (GTK_WIDGET (fixture->window), "narrow");
}

int
main (int   argc,
      char *argv[])
{
  /* Accessible names are kept, for the tests to read back, by GTK's
   * test backend only (GTK_A11Y=none forgets them). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  pln_test_ui_init_language ();
  pln_test_ui_init (&argc, &argv);

  g_test_add ("/report-page/outline", Fixture, NULL, fixture_set_up, test_outline, fixture_tear_down);
  g_test_add ("/report-page/summary-and-undo", Fixture, NULL, fixture_set_up, test_summary_and_undo,
              fixture_tear_down);
  g_test_add ("/report-page/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/report-page/narrow", Fixture, NULL, fixture_set_up, test_narrow, fixture_tear_down);

  return g_test_run ();
}
