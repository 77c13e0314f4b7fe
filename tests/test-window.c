/* test-window.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include "pln-application.h"
#include "pln-meeting-page.h"
#include "pln-agenda-import-dialog.h"
#include "pln-overview-page.h"
#include "pln-registrations-page.h"
#include "pln-preferences-window.h"
#include "pln-sidebar.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"
#include "pln-window.h"
#include "pln-working-group-dialog.h"

static PlnApplication *app;

typedef struct
{
  PlnApplication *app;
  GtkWindow      *window;
} Fixture;

static gboolean
window_shown (gpointer user_data)
{
  Fixture *fixture = user_data;

  fixture->window = gtk_application_get_active_window (GTK_APPLICATION (fixture->app));
  return fixture->window != NULL && gtk_widget_get_mapped (GTK_WIDGET (fixture->window));
}

static gboolean
window_gone (gpointer user_data)
{
  Fixture *fixture = user_data;

  return fixture->window == NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  /* One application for the whole run: a registered GApplication keeps
   * its D-Bus objects exported, so each test opens a new window of it. */
  fixture->app = app;
  g_application_activate (G_APPLICATION (fixture->app));

  g_assert_true (pln_test_wait_until (window_shown, fixture, 10000));
  g_assert_true (pln_test_wait_painted (GTK_WIDGET (fixture->window), 10000));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app));

  /* The main window must not be leaked by anything it set up. */
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);

  while (windows != NULL)
    {
      gtk_window_destroy (windows->data);
      windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app));
    }

  g_assert_true (pln_test_wait_until (window_gone, fixture, 5000));
}

static void
test_window_shows (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *leaflet;
  GtkWidget *menu_button;
  GMenuModel *menu;

  g_assert_true (PLN_IS_WINDOW (fixture->window));
  g_assert_cmpstr (gtk_window_get_title (fixture->window), ==, "Plenary");

  /* The window opens at the size kept in GSettings. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), >=, 360);

  leaflet = pln_test_find_descendant (GTK_WIDGET (fixture->window), ADW_TYPE_LEAFLET);
  g_assert_nonnull (leaflet);
  g_assert_true (gtk_widget_get_mapped (leaflet));

  menu_button = pln_test_find_descendant (GTK_WIDGET (fixture->window), GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (menu_button);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
  g_assert_nonnull (menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), >, 0);

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (fixture->app), "about"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (fixture->app), "preferences"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (fixture->app), "quit"));
}

static gboolean
preferences_shown (gpointer user_data)
{
  Fixture *fixture = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app));

  for (GList *l = windows; l != NULL; l = l->next)
    if (PLN_IS_PREFERENCES_WINDOW (l->data) && gtk_widget_get_mapped (l->data))
      return TRUE;

  return FALSE;
}

static void
test_window_preferences (Fixture       *fixture,
                         gconstpointer  data)
{
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "preferences", NULL);
  g_assert_true (pln_test_wait_until (preferences_shown, fixture, 10000));
}

static gboolean
workspace_shown (gpointer user_data)
{
  Fixture *fixture = user_data;

  return pln_window_get_workspace (PLN_WINDOW (fixture->window)) != NULL;
}

typedef struct
{
  GtkWindow  *window;
  PlnMeeting *meeting;
} MeetingShown;

/* The meeting's page, on its overview, once the sidebar's row is activated. */
static gboolean
meeting_shown (gpointer user_data)
{
  MeetingShown *wanted = user_data;
  GtkWidget *page = pln_test_find_descendant (GTK_WIDGET (wanted->window), PLN_TYPE_MEETING_PAGE);
  GtkWidget *overview;

  if (page == NULL || pln_meeting_page_get_meeting (PLN_MEETING_PAGE (page)) != wanted->meeting)
    return FALSE;

  overview = pln_test_find_descendant (page, PLN_TYPE_OVERVIEW_PAGE);
  return overview != NULL && pln_page_get_meeting (PLN_PAGE (overview)) == wanted->meeting &&
         gtk_widget_get_mapped (overview);
}

static void
test_window_workspace (Fixture       *fixture,
                       gconstpointer  data)
{
  PlnSidebar *sidebar;
  GListModel *rows;
  PlnMeetingPage *meeting_page;
  PlnOverviewPage *overview;
  PlnMeeting *shown = NULL;
  guint n_groups = 0, n_meetings = 0;

  /* The first start opens the default workspace, made from the demo data. */
  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  sidebar = PLN_SIDEBAR (pln_test_find_descendant (GTK_WIDGET (fixture->window), PLN_TYPE_SIDEBAR));
  g_assert_nonnull (sidebar);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (sidebar)));

  rows = pln_sidebar_get_rows (sidebar);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (PLN_IS_WORKING_GROUP (item))
        n_groups++;
      else if (PLN_IS_MEETING (item))
        {
          n_meetings++;
          if (shown == NULL && pln_meeting_get_ordinal (PLN_MEETING (item)) == 10 &&
              g_strcmp0 (pln_working_group_get_short_name (pln_meeting_get_working_group (PLN_MEETING (item))), "SOM") == 0)
            {
              shown = PLN_MEETING (item);
              /* Activating the row is what a click or Enter does. */
              gtk_widget_activate_action (pln_test_find_descendant (GTK_WIDGET (sidebar), GTK_TYPE_LIST_VIEW),
                                          "list.activate-item", "u", i);
            }
        }
    }

  g_assert_cmpuint (n_groups, ==, 5);
  g_assert_cmpuint (n_meetings, ==, 12);
  g_assert_nonnull (shown);

  pln_test_wait_until (meeting_shown, &(MeetingShown) { fixture->window, shown }, 10000);
  meeting_page = PLN_MEETING_PAGE (pln_test_find_descendant (GTK_WIDGET (fixture->window), PLN_TYPE_MEETING_PAGE));
  g_assert_true (pln_meeting_page_get_meeting (meeting_page) == shown);
  overview = PLN_OVERVIEW_PAGE (pln_test_find_descendant (GTK_WIDGET (meeting_page), PLN_TYPE_OVERVIEW_PAGE));
  g_assert_true (pln_page_get_meeting (PLN_PAGE (overview)) == shown);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (overview)));

  /* The meeting's registrations, on a page of their own. */
  {
    PlnRegistrationsPage *registrations =
      PLN_REGISTRATIONS_PAGE (pln_test_find_descendant (GTK_WIDGET (meeting_page), PLN_TYPE_REGISTRATIONS_PAGE));

    g_assert_nonnull (registrations);
    g_assert_true (pln_page_get_meeting (PLN_PAGE (registrations)) == shown);
    pln_meeting_page_set_visible_page (meeting_page, "registrations");
    g_assert_true (pln_test_wait_mapped (registrations, 5000));
    g_assert_cmpuint (g_list_model_get_n_items (pln_registrations_page_get_shown (registrations)), ==,
                      g_list_model_get_n_items (pln_meeting_get_registrations (shown)));
  }
}

static gboolean
dialog_shown (gpointer user_data)
{
  Fixture *fixture = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app));

  for (GList *l = windows; l != NULL; l = l->next)
    if (PLN_IS_WORKING_GROUP_DIALOG (l->data) && gtk_widget_get_mapped (l->data))
      return TRUE;

  return FALSE;
}

static void
test_window_manage (Fixture       *fixture,
                    gconstpointer  data)
{
  PlnWorkspace *workspace;
  GListModel *groups, *meetings;
  PlnWorkingGroupDialog *dialog = NULL;

  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  workspace = pln_window_get_workspace (PLN_WINDOW (fixture->window));
  groups = pln_workspace_get_working_groups (workspace);
  meetings = pln_workspace_get_meetings (workspace);

  /* A new working group through its dialog. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-working-group", NULL);
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (PLN_IS_WORKING_GROUP_DIALOG (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (fixture->app));
  g_assert_true (pln_test_wait_until (dialog_shown, fixture, 5000));
  gtk_editable_set_text (GTK_EDITABLE (pln_test_find_descendant (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW)),
                         "Working Group on Firearms and Explosives");
  pln_working_group_dialog_save (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 6);

  /* A meeting removed, and back with Ctrl+Z's action. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.remove-meeting", "s", "m-wg-7-2023");
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 11);
  g_assert_null (pln_workspace_find_meeting (workspace, "m-wg-7-2023"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 12);
  g_assert_nonnull (pln_workspace_find_meeting (workspace, "m-wg-7-2023"));

  /* A working group removed with its meetings, and back. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.remove-working-group", "s", "wg-4");
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 9);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 12);
  g_assert_true (pln_meeting_get_working_group (pln_workspace_find_meeting (workspace, "m-wg-4-2018")) ==
                 pln_workspace_find_working_group (workspace, "wg-4"));

  /* A second Ctrl+Z does nothing more. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 12);
}

/* With PLN_SCREENSHOT_DIR set, @window is drawn into a PNG there. */
static void
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  const char *dir = g_getenv ("PLN_SCREENSHOT_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  g_assert_true (pln_test_wait_drawn (window, 10000));
  path = g_build_filename (dir, name, NULL);
  pln_test_save_png (window, path);
}

static PlnAgendaImportDialog *
find_import_dialog (void)
{
  PlnAgendaImportDialog *dialog = NULL;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (PLN_IS_AGENDA_IMPORT_DIALOG (l->data))
      dialog = l->data;
  return dialog;
}

/* An agenda document imported as a new meeting of the group it names,
 * then in place of a meeting's agenda, each undone with Ctrl+Z. */
static void
test_window_import_agenda (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = pln_test_seed_path ("wg7-2022-annotated-agenda.txt");
  g_autoptr(GFile) file = NULL;
  PlnWindow *window = PLN_WINDOW (fixture->window);
  PlnWorkspace *workspace;
  PlnAgendaImportDialog *dialog;
  PlnMeeting *imported;
  PlnMeeting *target;
  GListModel *meetings;
  guint n_items_before, n_sittings_before;

  if (path == NULL)
    {
      g_test_skip ("the seed documents are not in ../shared/fixtures/seeds");
      return;
    }

  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  workspace = pln_window_get_workspace (window);
  meetings = pln_workspace_get_meetings (workspace);
  file = g_file_new_for_path (path);

  pln_agenda_import_dialog_open (GTK_WINDOW (window), pln_window_get_context (window), file, NULL);
  dialog = find_import_dialog ();
  g_assert_nonnull (dialog);
  save_screenshot (GTK_WIDGET (dialog), "agenda-import.png");
  imported = pln_agenda_import_dialog_apply (dialog);
  g_assert_nonnull (imported);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 13);
  /* Matched by name: the demo's group of the Working Group on the Smuggling of Migrants. */
  g_assert_true (pln_meeting_get_working_group (imported) == pln_workspace_find_working_group (workspace, "wg-7"));
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_agenda (imported)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_sittings (imported)), ==, 4);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 12);

  /* In place of the agenda of the 2023 meeting. */
  target = pln_workspace_find_meeting (workspace, "m-wg-7-2023");
  n_items_before = g_list_model_get_n_items (pln_meeting_get_agenda (target));
  n_sittings_before = g_list_model_get_n_items (pln_meeting_get_sittings (target));
  pln_agenda_import_dialog_open (GTK_WINDOW (window), pln_window_get_context (window), file, target);
  dialog = find_import_dialog ();
  g_assert_nonnull (dialog);
  {
    GtkWidget *rows[2] = { NULL, NULL };
    guint n = 0;
    GPtrArray *stack = g_ptr_array_new ();

    /* The second combo row is "Import Into". */
    g_ptr_array_add (stack, dialog);
    while (stack->len > 0)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, 0);

        if (ADW_IS_COMBO_ROW (w) && n < 2)
          rows[n++] = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
    g_ptr_array_unref (stack);
    g_assert_nonnull (rows[1]);
    adw_combo_row_set_selected (ADW_COMBO_ROW (rows[1]), 1);
  }
  g_assert_true (pln_agenda_import_dialog_apply (dialog) == target);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 12);
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_agenda (target)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_sittings (target)), ==, 4);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_agenda (target)), ==, n_items_before);
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_sittings (target)), ==, n_sittings_before);

  /* The workspace is whole again: it reads back. */
  {
    g_autoptr(GBytes) bytes = pln_json_serialize_workspace (workspace);
    g_autoptr(GError) error = NULL;
    g_autoptr(PlnWorkspace) back = pln_json_parse_workspace (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);

    g_assert_no_error (error);
    g_assert_nonnull (back);
  }
}

/* A PlnTestWidgetMatch: a button that activates @action. */
static gboolean
is_action_button (GtkWidget     *widget,
                  gconstpointer  action)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static gboolean
widget_hidden (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

static gboolean
revealed (gpointer revealer)
{
  return gtk_revealer_get_child_revealed (revealer);
}

static gboolean
not_revealed (gpointer revealer)
{
  return !gtk_revealer_get_reveal_child (revealer);
}

static GtkRevealer *
find_banner (GtkWidget *window)
{
  GtkWidget *retry = pln_test_find_widget (window, is_action_button, "win.save");

  g_assert_nonnull (retry);
  return GTK_REVEALER (gtk_widget_get_ancestor (retry, GTK_TYPE_REVEALER));
}

/* Makes writes of this process past @limit bytes fail with EFBIG, as a
 * full disk does; 0 lifts the limit. */
static void
limit_file_size (rlim_t limit)
{
  struct rlimit rl;

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &rl), ==, 0);
  rl.rlim_cur = limit != 0 ? limit : rl.rlim_max;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &rl), ==, 0);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_mapped (l->data))
      return l->data;
  return NULL;
}

static gboolean
message_dialog_shown (gpointer user_data)
{
  return find_message_dialog () != NULL;
}

/* A save that fails (the disk is full) shows a banner that says so and
 * keeps the edits; closing asks before they are lost; Try Again saves
 * once there is room. */
static void
test_window_save_failure (Fixture       *fixture,
                          gconstpointer  data)
{
  PlnStore *store;
  GtkRevealer *banner;
  GtkWidget *retry;
  GtkLabel *label;
  g_autoptr(GString) long_title = g_string_new (NULL);

  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  store = pln_application_get_store (fixture->app);
  g_assert_true (pln_test_wait_until (pln_test_store_clean, store, 10000));
  banner = find_banner (GTK_WIDGET (fixture->window));
  retry = pln_test_find_widget (GTK_WIDGET (fixture->window), is_action_button, "win.save");
  g_assert_false (gtk_revealer_get_reveal_child (banner));

  for (guint i = 0; i < 40000; i++)
    g_string_append (long_title, "An edit the disk has no room for. ");

  limit_file_size (64 * 1024);
  pln_workspace_set_title (pln_window_get_workspace (PLN_WINDOW (fixture->window)), long_title->str);
  g_assert_true (pln_test_wait_until (revealed, banner, 30000));
  label = GTK_LABEL (pln_test_find_descendant (GTK_WIDGET (banner), GTK_TYPE_LABEL));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "not saved"));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "The disk is full"));
  g_assert_true (gtk_widget_get_visible (retry));
  g_assert_true (pln_store_get_dirty (store));

  /* Closing now would lose the edits: the window asks and stays. */
  gtk_window_close (fixture->window);
  g_assert_true (pln_test_wait_until (message_dialog_shown, fixture, 10000));
  adw_message_dialog_response (find_message_dialog (), "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));

  /* Room again: Try Again saves, and the banner goes. */
  limit_file_size (0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL);
  g_assert_true (pln_test_wait_until (not_revealed, banner, 30000));
  g_assert_true (pln_test_wait_until (pln_test_store_clean, store, 30000));
}

/* A damaged workspace whose backup is whole: the window says so and offers
 * the backup; taking it shows the workspace and keeps the damaged file. */
static void
test_window_recover (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "recover-window", NULL);
  g_autofree char *path = g_build_filename (folder, "workspace.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkWidget *recover;
  guint n_aside = 0;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  {
    g_autoptr(PlnStore) writer = pln_store_new (file);
    g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();

    pln_store_set_workspace (writer, workspace);
    pln_workspace_set_title (workspace, "The backup's version");
    g_assert_true (pln_store_save (writer, NULL, &error));
    g_assert_true (pln_store_save (writer, NULL, &error));
  }
  g_assert_true (g_file_set_contents (path, "{\"format\": 1, \"id\": \"w\", \"meet", -1, NULL));

  pln_application_open_file (fixture->app, file);
  recover = pln_test_find_widget (GTK_WIDGET (fixture->window), is_action_button, "win.recover");
  g_assert_nonnull (recover);
  g_assert_true (pln_test_wait_mapped (recover, 10000));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.recover", NULL);
  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  g_assert_cmpstr (pln_workspace_get_title (pln_window_get_workspace (PLN_WINDOW (fixture->window))), ==,
                   "The backup's version");
  g_assert_true (pln_test_wait_until (widget_hidden, recover, 10000));

  {
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      n_aside += g_str_has_prefix (name, "workspace.json.damaged-");
  }
  g_assert_cmpuint (n_aside, ==, 1);

  /* Back to the default workspace for the tests after this one. */
  {
    g_autoptr(GFile) default_file = pln_store_get_default_file ();

    pln_application_open_file (fixture->app, default_file);
  }
}

static void
test_window_keeps_size (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  gtk_window_set_default_size (fixture->window, 1000, 700);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  pln_application_init_i18n ();
  pln_test_ui_init (&argc, &argv);

  app = pln_application_new ();
  /* Tests run side by side on one session bus. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add ("/window/shows", Fixture, NULL, fixture_set_up, test_window_shows, fixture_tear_down);
  g_test_add ("/window/preferences", Fixture, NULL, fixture_set_up, test_window_preferences, fixture_tear_down);
  g_test_add ("/window/workspace", Fixture, NULL, fixture_set_up, test_window_workspace, fixture_tear_down);
  g_test_add ("/window/manage", Fixture, NULL, fixture_set_up, test_window_manage, fixture_tear_down);
  g_test_add ("/window/import-agenda", Fixture, NULL, fixture_set_up, test_window_import_agenda, fixture_tear_down);
  g_test_add ("/window/keeps-size", Fixture, NULL, fixture_set_up, test_window_keeps_size, fixture_tear_down);
  g_test_add ("/window/save-failure", Fixture, NULL, fixture_set_up, test_window_save_failure, fixture_tear_down);
  g_test_add ("/window/recover", Fixture, NULL, fixture_set_up, test_window_recover, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
