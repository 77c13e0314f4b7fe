/* test-room-display.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "pln-room-display.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"

/* The room display as the room sees it: the delegation that has the floor
 * and its 3 minutes, the clock running from the log's start (kept by the
 * frame clock, not by events), the next delegation once the first has
 * ended. With PLN_SCREENSHOT_DIR set, the display with a statement under
 * way is drawn there as LANGUAGE-room-display.png. */

typedef struct
{
  GtkWindow  *window;
  const char *text;
} Shown;

static gboolean
countdown_near_two_minutes (gpointer window)
{
  const char *text = pln_room_display_get_countdown_text (window);

  /* A second may have gone between the log and the first frame. */
  return g_strcmp0 (text, "02:00") == 0 || g_strcmp0 (text, "01:59") == 0;
}

static gboolean
countdown_over (gpointer window)
{
  return g_str_has_prefix (pln_room_display_get_countdown_text (window), "+00:1");
}

static gboolean
countdown_moved (gpointer data)
{
  Shown *shown = data;

  return g_strcmp0 (pln_room_display_get_countdown_text (shown->window), shown->text) != 0;
}

static gboolean
speaker_shown (gpointer data)
{
  Shown *shown = data;

  return g_strcmp0 (pln_room_display_get_speaker_text (shown->window), shown->text) == 0;
}

static PlnSpeaker *
inscribe (PlnSitting *sitting,
          guint       position,
          const char *delegation,
          gboolean    online)
{
  g_autoptr(PlnSpeaker) speaker = pln_speaker_new ();

  pln_speaker_set_delegation (speaker, delegation);
  pln_speaker_set_mode (speaker, online ? PLN_PARTICIPATION_MODE_ONLINE : PLN_PARTICIPATION_MODE_IN_PERSON);
  pln_sitting_insert_speaker (sitting, position, speaker);
  return speaker;
}

/* The application's own style, as the app loads it. */
static void
load_style (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
test_follows_the_floor (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autoptr(PlnContext) context = pln_context_new (NULL, NULL);
  g_autoptr(PlnSitting) sitting = NULL;
  g_autoptr(PlnSpeaker) second = NULL;
  g_autofree char *before = NULL;
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, "m-wg-7-2022");
  PlnSpeaker *first;
  PlnFloorStamp stamp;
  GtkWindow *window;
  Shown shown;

  g_assert_nonnull (meeting);
  sitting = g_list_model_get_item (pln_meeting_get_sittings (meeting), 0);
  first = inscribe (sitting, 0, "Austria", FALSE);
  inscribe (sitting, 1, "Brazil", TRUE);

  g_assert_null (pln_room_display_get_window ());
  pln_room_display_present (NULL, context, meeting, sitting);
  window = pln_room_display_get_window ();
  g_assert_nonnull (window);
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Room Display");
  g_assert_true (pln_test_wait_mapped (window, 10000));
  g_assert_cmpstr (pln_room_display_get_speaker_text (window), ==, "Austria");
  g_assert_cmpstr (pln_room_display_get_countdown_text (window), ==, "03:00");
  /* Brazil's 3 online minutes are planned: 30 − 0 − 3. */
  g_assert_cmpstr (pln_room_display_get_budget_text (window), ==, "Online time left: 27:00");

  /* One per application: asked again, the same window. */
  pln_room_display_present (NULL, context, meeting, sitting);
  g_assert_true (pln_room_display_get_window () == window);

  /* Started a minute ago, as the log of a restarted app would say. */
  pln_floor_stamp_now (&stamp);
  stamp.wall_us -= 60 * G_USEC_PER_SEC;
  stamp.boot_us -= 60 * G_USEC_PER_SEC;
  pln_speaker_log (first, PLN_SPEAKER_EVENT_STARTED, &stamp);
  g_assert_true (pln_test_wait_until (countdown_near_two_minutes, window, 5000));

  /* Nothing happens in the model now: the frame clock moves the display. */
  before = g_strdup (pln_room_display_get_countdown_text (window));
  shown = (Shown) { window, before };
  g_assert_true (pln_test_wait_until (countdown_moved, &shown, 5000));

  if (g_getenv ("PLN_SCREENSHOT_DIR") != NULL)
    {
      pln_test_wait_drawn (GTK_WIDGET (window), 10000);
      pln_test_save_screenshot (GTK_WIDGET (window), "%s-room-display.png", g_getenv ("LANGUAGE") ?: "en");
    }

  pln_floor_stamp_now (&stamp);
  pln_speaker_log (first, PLN_SPEAKER_EVENT_ENDED, &stamp);
  shown = (Shown) { window, "Brazil" };
  g_assert_true (pln_test_wait_until (speaker_shown, &shown, 5000));
  g_assert_cmpstr (pln_room_display_get_countdown_text (window), ==, "03:00");

  /* Over the 3 minutes, the clock counts up with a "+". */
  second = g_list_model_get_item (pln_sitting_get_speakers (sitting), 1);
  pln_floor_stamp_now (&stamp);
  stamp.wall_us -= 192 * G_USEC_PER_SEC;
  stamp.boot_us -= 192 * G_USEC_PER_SEC;
  pln_speaker_log (second, PLN_SPEAKER_EVENT_STARTED, &stamp);
  g_assert_true (pln_test_wait_until (countdown_over, window, 5000));
  if (g_getenv ("PLN_SCREENSHOT_DIR") != NULL)
    {
      pln_test_wait_drawn (GTK_WIDGET (window), 10000);
      pln_test_save_screenshot (GTK_WIDGET (window), "%s-room-display-over.png", g_getenv ("LANGUAGE") ?: "en");
    }

  gtk_window_destroy (window);
  g_assert_null (pln_room_display_get_window ());
}

int
main (int   argc,
      char *argv[])
{
  pln_test_ui_init_language ();
  pln_test_ui_init (&argc, &argv);
  load_style ();

  g_test_add_func ("/room-display/follows-the-floor", test_follows_the_floor);

  return g_test_run ();
}
