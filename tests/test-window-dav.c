/* test-window-dav.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "pln-application.h"
#include "pln-publish-group.h"
#include "pln-test-dav.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"
#include "pln-window-private.h"

/* The window on a workspace of a WebDAV share (apache2 and mod_dav of the
 * test's own, through GVfs): opened from a dav:// URI as on the command
 * line, it says when the server cannot be reached ("Offline — changes
 * kept on this computer"), with Try Again, and the banner goes once the
 * edits are on the server. */

#define WAIT_MS 60000

/* In a folder of the share, as a secretariat keeps it: GVfs mounts that
 * folder (it mounts folders, not files). */
#define WORKSPACE "secretariat/workspace.json"

static PlnApplication *app;

typedef struct
{
  char       *folder;
  PlnTestDav *dav;
  GtkWindow  *window;
} Fixture;

static gboolean
window_shown (gpointer user_data)
{
  Fixture *fixture = user_data;

  fixture->window = gtk_application_get_active_window (GTK_APPLICATION (app));
  return fixture->window != NULL && gtk_widget_get_mapped (GTK_WIDGET (fixture->window));
}

static gboolean
workspace_shown (gpointer user_data)
{
  Fixture *fixture = user_data;

  return pln_window_get_workspace (PLN_WINDOW (fixture->window)) != NULL;
}

static gboolean
window_gone (gpointer user_data)
{
  return ((Fixture *) user_data)->window == NULL;
}

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (1, 2022);
  g_autofree char *why_not = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) on_disk = NULL;
  g_autoptr(PlnStore) local = NULL;

  fixture->folder = pln_test_make_folder ();
  fixture->dav = pln_test_dav_new (fixture->folder, &why_not);
  if (fixture->dav == NULL)
    {
      g_test_skip (why_not);
      return;
    }

  path = pln_test_dav_get_path (fixture->dav, WORKSPACE);
  on_disk = g_file_new_for_path (path);
  local = pln_store_new (on_disk);
  pln_test_store_save_workspace (local, workspace);
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  GList *windows;

  if (fixture->window != NULL)
    g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  g_assert_true (pln_test_wait_until (window_gone, fixture, 5000));

  g_clear_pointer (&fixture->dav, pln_test_dav_free);
  g_clear_pointer (&fixture->folder, g_free);
}

static gboolean
is_offline (gpointer store)
{
  return pln_store_get_state (store) == PLN_STORE_STATE_OFFLINE;
}

static gboolean
saved_online (gpointer store)
{
  return pln_store_get_state (store) == PLN_STORE_STATE_ONLINE && pln_test_store_clean (store);
}

static gboolean
revealed (gpointer revealer)
{
  return gtk_revealer_get_child_revealed (revealer);
}

static void
test_offline (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GFile) share = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *path = NULL;
  g_autofree char *on_server = NULL;
  PlnWindow *window;
  PlnStore *store;

  if (fixture->dav == NULL)
    return;

  /* As "plenary dav://127.0.0.1:PORT/workspace.json" does. */
  share = pln_test_dav_get_file (fixture->dav, WORKSPACE);
  uri = g_file_get_uri (share);
  file = g_file_new_for_commandline_arg (uri);
  g_application_open (G_APPLICATION (app), &file, 1, "");
  g_assert_true (pln_test_wait_until (window_shown, fixture, 10000));
  g_assert_true (pln_test_wait_until (workspace_shown, fixture, WAIT_MS));
  window = PLN_WINDOW (fixture->window);
  store = pln_application_get_store (app);
  g_assert_true (g_file_equal (pln_store_get_file (store), share));
  g_assert_false (gtk_revealer_get_reveal_child (window->banner_revealer));

  /* The server stops; an edit's autosave finds it gone. */
  pln_store_set_retry_delay (store, 100);
  pln_test_dav_stop (fixture->dav);
  pln_workspace_set_title (pln_window_get_workspace (window), "Edited while offline");
  g_assert_true (pln_test_wait_until (is_offline, store, WAIT_MS));
  g_assert_true (pln_test_wait_until (revealed, window->banner_revealer, 10000));
  g_assert_nonnull (strstr (gtk_label_get_text (window->banner_label), "Offline — changes kept on this computer"));
  g_assert_true (gtk_widget_get_visible (window->banner_retry_button));
  g_assert_false (gtk_widget_get_visible (window->banner_reload_button));
  g_assert_cmpstr (adw_window_title_get_subtitle (window->workspace_title), ==, "Offline");
  pln_test_save_screenshot (GTK_WIDGET (window), "window-offline.png");

  /* Back: the edit is saved to the server by itself, and the banner goes. */
  pln_test_dav_start (fixture->dav);
  g_assert_true (pln_test_wait_until (saved_online, store, WAIT_MS));
  g_assert_false (gtk_revealer_get_reveal_child (window->banner_revealer));
  path = pln_test_dav_get_path (fixture->dav, WORKSPACE);
  g_assert_true (g_file_get_contents (path, &on_server, NULL, NULL));
  g_assert_nonnull (strstr (on_server, "Edited while offline"));
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* A PlnTestWidgetMatch: a button with the label @label. */
static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* Preferences edit the workspace's published calendar: the switch, the
 * location (applied), the working group; Publish Now uploads it. */
static void
test_publish (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GFile) share = NULL;
  g_autoptr(GFile) calendar = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(PlnWorkingGroup) group = NULL;
  PlnWorkspace *workspace;
  GtkWindow *prefs;
  GtkWidget *publish_group;
  GtkWidget *entry_row;
  GtkWidget *combo_row;
  GtkWidget *toggle;
  GtkWidget *button;

  if (fixture->dav == NULL)
    return;

  share = pln_test_dav_get_file (fixture->dav, WORKSPACE);
  pln_application_open_file (app, share);
  g_application_activate (G_APPLICATION (app));
  g_assert_true (pln_test_wait_until (window_shown, fixture, 10000));
  g_assert_true (pln_test_wait_until (workspace_shown, fixture, WAIT_MS));
  workspace = pln_window_get_workspace (PLN_WINDOW (fixture->window));
  group = g_list_model_get_item (pln_workspace_get_working_groups (workspace), 2);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  prefs = pln_test_find_toplevel (ADW_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);
  g_assert_true (pln_test_wait_mapped (prefs, 10000));
  publish_group = pln_test_find_descendant (GTK_WIDGET (prefs), PLN_TYPE_PUBLISH_GROUP);
  g_assert_true (gtk_widget_get_sensitive (publish_group));
  entry_row = pln_test_find_descendant (publish_group, ADW_TYPE_ENTRY_ROW);
  combo_row = pln_test_find_descendant (publish_group, ADW_TYPE_COMBO_ROW);
  toggle = pln_test_find_descendant (publish_group, GTK_TYPE_SWITCH);
  button = pln_test_find_widget (publish_group, is_button_labelled, "_Publish Now");

  calendar = pln_test_dav_get_file (fixture->dav, "calendar.ics");
  uri = g_file_get_uri (calendar);
  gtk_editable_set_text (GTK_EDITABLE (entry_row), uri);
  g_assert_null (pln_workspace_get_publish_location (workspace));
  g_signal_emit_by_name (entry_row, "apply");
  g_assert_cmpstr (pln_workspace_get_publish_location (workspace), ==, uri);

  /* "All Working Groups" first, then each. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo_row), 3);
  g_assert_cmpstr (pln_workspace_get_publish_working_group (workspace), ==, pln_working_group_get_id (group));
  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  g_assert_true (pln_workspace_get_publish_enabled (workspace));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), "workspace");
  g_assert_true (pln_test_wait_painted (GTK_WIDGET (prefs), 10000));
  pln_test_save_screenshot (GTK_WIDGET (prefs), "preferences-publish.png");

  g_assert_nonnull (button);
  gtk_widget_activate (button);
  path = pln_test_dav_get_path (fixture->dav, "calendar.ics");
  g_assert_true (pln_test_wait_until (file_exists, path, WAIT_MS));
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR"));
  g_assert_nonnull (strstr (text, "SUMMARY:"));
  gtk_window_destroy (prefs);
}

static gboolean
load_error_shown (gpointer user_data)
{
  Fixture *fixture = user_data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (PLN_WINDOW (fixture->window)->content_stack),
                    "load-error") == 0;
}

static gboolean
stack_still (gpointer stack)
{
  return !gtk_stack_get_transition_running (stack);
}

/* A workspace on a share whose server does not answer, and of which no
 * local copy is kept: the window says why, with Try Again, which opens it
 * once the server is back. */
static void
test_unreachable (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GFile) share = NULL;
  PlnWindow *window;

  if (fixture->dav == NULL)
    return;

  pln_test_dav_stop (fixture->dav);
  share = pln_test_dav_get_file (fixture->dav, WORKSPACE);
  pln_application_open_file (app, share);
  g_application_activate (G_APPLICATION (app));
  g_assert_true (pln_test_wait_until (window_shown, fixture, 10000));
  g_assert_true (pln_test_wait_until (load_error_shown, fixture, WAIT_MS));
  window = PLN_WINDOW (fixture->window);
  g_assert_nonnull (strstr (adw_status_page_get_description (window->load_error_page), "Could not"));
  g_assert_true (gtk_widget_get_visible (window->retry_load_button));
  g_assert_true (pln_test_wait_until (stack_still, window->content_stack, 10000));
  g_assert_true (pln_test_wait_painted (GTK_WIDGET (window), 10000));
  pln_test_save_screenshot (GTK_WIDGET (window), "window-unreachable.png");

  pln_test_dav_start (fixture->dav);
  gtk_widget_activate (window->retry_load_button);
  g_assert_true (pln_test_wait_until (workspace_shown, fixture, WAIT_MS));
  g_assert_cmpint (pln_store_get_state (pln_application_get_store (app)), ==, PLN_STORE_STATE_ONLINE);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  pln_test_dav_init ();
  pln_application_init_i18n ();
  pln_test_ui_init (&argc, &argv);

  app = pln_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add ("/window-dav/offline", Fixture, NULL, set_up, test_offline, tear_down);
  g_test_add ("/window-dav/publish", Fixture, NULL, set_up, test_publish, tear_down);
  g_test_add ("/window-dav/unreachable", Fixture, NULL, set_up, test_unreachable, tear_down);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
