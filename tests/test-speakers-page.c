/* test-speakers-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "pln-speakers-page.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"

/* The chair's floor from the keyboard: delegations typed with Enter after
 * each, Alt+Up and Ctrl+Z, the clock started with Space and ended with N,
 * and the online bar once the eleventh online speaker no longer fits. The
 * keys are run as their shortcuts on the page; nothing depends on how long
 * the test takes (no statement's length is looked at). */

typedef struct
{
  PlnWorkspace    *workspace;
  PlnMeeting      *meeting;
  PlnContext      *context;
  GDateTime       *now;
  PlnSpeakersPage *page;
  GtkWindow       *window;
  GPtrArray       *toasts;
} Fixture;

static GDateTime *
fixture_now (gpointer user_data)
{
  Fixture *fixture = user_data;

  return g_date_time_ref (fixture->now);
}

static void
toast_cb (PlnContext *context,
          AdwToast   *toast,
          Fixture    *fixture)
{
  g_ptr_array_add (fixture->toasts, g_strdup (adw_toast_get_title (toast)));
}

/* At 10:30 at the venue on the meeting's first day: the 1st plenary
 * meeting is under way. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GTimeZone) tz = NULL;
  GDate day;

  fixture->workspace = pln_demo_new_workspace ();
  fixture->meeting = pln_workspace_find_meeting (fixture->workspace, "m-wg-7-2022");
  fixture->context = pln_context_new (NULL, NULL);
  fixture->toasts = g_ptr_array_new_with_free_func (g_free);
  tz = pln_meeting_dup_time_zone (fixture->meeting);
  pln_meeting_get_day (fixture->meeting, 0, &day);
  fixture->now = g_date_time_new (tz, g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day), 10, 30, 0);
  pln_context_set_clock (fixture->context, fixture_now, fixture);
  g_signal_connect (fixture->context, "toast", G_CALLBACK (toast_cb), fixture);

  fixture->page = g_object_ref (g_object_new (PLN_TYPE_SPEAKERS_PAGE, "context", fixture->context, NULL));
  fixture->window = pln_test_show_page (fixture->page, fixture->meeting, 1000, 720);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->page);
  g_clear_object (&fixture->context);
  g_clear_pointer (&fixture->now, g_date_time_unref);
  g_clear_pointer (&fixture->toasts, g_ptr_array_unref);
  g_clear_object (&fixture->workspace);
}

static gboolean
is_entry (GtkWidget     *widget,
          gconstpointer  placeholder_start)
{
  return GTK_IS_ENTRY (widget) && gtk_entry_get_placeholder_text (GTK_ENTRY (widget)) != NULL &&
         g_str_has_prefix (gtk_entry_get_placeholder_text (GTK_ENTRY (widget)), placeholder_start);
}

static gboolean
is_label (GtkWidget     *widget,
          gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
is_toggle (GtkWidget     *widget,
           gconstpointer  data)
{
  /* Not the button inside a drop-down: the one with a label. */
  return GTK_IS_TOGGLE_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)) &&
         gtk_button_get_label (GTK_BUTTON (widget)) != NULL;
}

static void
type_and_enter (GtkWidget  *entry,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

/* What pressing @accelerator on the page runs: its own shortcut. */
static void
press (PlnSpeakersPage *page,
       const char      *accelerator)
{
  pln_test_press_shortcut (GTK_WIDGET (page), accelerator);
}

static void
assert_order (PlnSitting *sitting,
              const char *expected)
{
  g_autofree char *order = pln_test_dup_speaker_order (sitting);

  g_assert_cmpstr (order, ==, expected);
}

static PlnSitting *
nth_sitting (PlnMeeting *meeting,
             guint       n)
{
  g_autoptr(PlnSitting) sitting = g_list_model_get_item (pln_meeting_get_sittings (meeting), n);

  return sitting;
}

static void
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  pln_test_save_screenshot (window, "speakers-%s-%s.png", g_getenv ("LANGUAGE") ?: "en", name);
}

/* Two delegations typed; Alt+Up on the second puts it first and Ctrl+Z
 * back; Space starts the first's clock, N ends it and the second is
 * current; Ctrl+Z gives the floor back to the first. */
static void
test_inscribe_reorder_clock (Fixture       *fixture,
                             gconstpointer  data)
{
  PlnSpeakersPage *page = fixture->page;
  PlnSitting *first = nth_sitting (fixture->meeting, 0);
  GtkWidget *entry = pln_test_find_widget (GTK_WIDGET (page), is_entry, "Delegation");
  GtkWidget *label;
  PlnSpeaker *austria;

  g_assert_true (pln_speakers_page_get_sitting (page) == first);
  {
    /* It fits a phone-sized window, as the other pages. */
    int minimum;

    gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_test_message ("minimum width %d", minimum);
    g_assert_cmpint (minimum, <=, 360);
  }
  g_assert_nonnull (entry);
  type_and_enter (entry, "Austria");
  type_and_enter (entry, "Brazil");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  type_and_enter (entry, "  ");   /* nothing is added for a blank line */
  assert_order (first, "Austria, Brazil");

  /* Alt+Up on Brazil's row. */
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (page), 10000));
  label = pln_test_find_widget (GTK_WIDGET (page), is_label, "Brazil");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_parent (gtk_widget_get_parent (gtk_widget_get_parent (label)))));
  press (page, "<Alt>Up");
  assert_order (first, "Brazil, Austria");
  g_assert_true (pln_context_undo (fixture->context));
  assert_order (first, "Austria, Brazil");

  /* Space, then N. */
  austria = pln_speakers_page_get_current_speaker (page);
  g_assert_cmpstr (pln_speaker_get_delegation (austria), ==, "Austria");
  press (page, "space");
  g_assert_true (pln_speaker_is_speaking (austria));
  press (page, "space");
  g_assert_false (pln_speaker_is_speaking (austria));
  press (page, "space");
  g_assert_true (pln_speaker_is_speaking (austria));
  press (page, "n");
  g_assert_true (pln_speaker_has_ended (austria));
  g_assert_cmpstr (pln_speaker_get_delegation (pln_speakers_page_get_current_speaker (page)), ==, "Brazil");

  g_assert_true (pln_context_undo (fixture->context));
  g_assert_false (pln_speaker_has_ended (austria));
  g_assert_true (pln_speakers_page_get_current_speaker (page) == austria);
}

/* Eleven online inscriptions: ten fill the 30 minutes, the eleventh goes
 * to the 2nd plenary meeting, and the chair is told. */
static void
test_online_bar (Fixture       *fixture,
                 gconstpointer  data)
{
  PlnSpeakersPage *page = fixture->page;
  PlnSitting *first = nth_sitting (fixture->meeting, 0);
  PlnSitting *second = nth_sitting (fixture->meeting, 1);
  GtkWidget *entry = pln_test_find_widget (GTK_WIDGET (page), is_entry, "Delegation");
  GtkWidget *online = pln_test_find_widget (GTK_WIDGET (page), is_toggle, NULL);
  GtkLevelBar *bar = GTK_LEVEL_BAR (pln_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_LEVEL_BAR));
  /* The pictures are taken in each language: the words are checked in English. */
  gboolean english = g_str_has_prefix (g_getenv ("LANGUAGE") ?: "en", "en");

  type_and_enter (entry, "Austria");
  for (guint i = 1; i <= 11; i++)
    {
      g_autofree char *name = g_strdup_printf ("Online %u", i);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (online), TRUE);
      type_and_enter (entry, name);
    }

  g_assert_cmpuint (g_list_model_get_n_items (pln_sitting_get_speakers (first)), ==, 11);
  assert_order (second, "*Online 11");
  g_assert_cmpuint (fixture->toasts->len, ==, 1);
  if (english)
    {
      g_assert_cmpstr (g_ptr_array_index (fixture->toasts, 0), ==,
                       "1 online speaker carried over to the 2nd plenary meeting");
      g_assert_cmpstr (pln_speakers_page_get_online_summary (page), ==, "Online: 0 of 30 minutes used, 30 planned");
    }
  g_assert_cmpfloat (gtk_level_bar_get_max_value (bar), ==, 30);
  g_assert_cmpfloat (gtk_level_bar_get_value (bar), ==, 30);

  /* One undo takes back the inscription and the carrying over. */
  g_assert_true (pln_context_undo (fixture->context));
  assert_order (second, "");
  g_assert_cmpuint (g_list_model_get_n_items (pln_sitting_get_speakers (first)), ==, 11);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (online), TRUE);
  type_and_enter (entry, "Online 11");

  /* The picture: the first speaker under way. */
  press (page, "space");
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (page), 10000));
  save_screenshot (GTK_WIDGET (fixture->window), "list");

  /* The 2nd plenary meeting shows the one carried over. */
  pln_speakers_page_set_sitting (page, second);
  if (english)
    g_assert_cmpstr (pln_speakers_page_get_online_summary (page), ==, "Online: 0 of 30 minutes used, 3 planned");
}

int
main (int   argc,
      char *argv[])
{
  pln_test_ui_init_language ();
  pln_test_ui_init (&argc, &argv);

  g_test_add ("/speakers-page/inscribe-reorder-clock", Fixture, NULL, fixture_set_up, test_inscribe_reorder_clock, fixture_tear_down);
  g_test_add ("/speakers-page/online-bar", Fixture, NULL, fixture_set_up, test_online_bar, fixture_tear_down);

  return g_test_run ();
}
