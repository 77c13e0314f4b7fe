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
#include "pln-merge-dialog.h"
#include "pln-agenda-import-dialog.h"
#include "pln-overview-page.h"
#include "pln-registrations-page.h"
#include "pln-preferences-window.h"
#include "pln-sidebar.h"
#include "pln-synth.h"
#include "pln-format.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"
#include "pln-compendium-view.h"
#include "pln-window.h"
#include "pln-window-private.h"
#include "pln-working-group-dialog.h"

static PlnApplication *app;

/* How often the icon theme was loaded again after GTK started: a search
 * path added later makes it do so, on the main thread. */
static guint icon_theme_changes;

static void
count_icon_theme_change (guint *changes)
{
  (*changes)++;
}

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

/* A PlnTestWidgetMatch: the main menu's button, which F10 opens. */
static gboolean
is_primary_menu (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

static gboolean workspace_shown (gpointer user_data);

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

  /* The main menu's popover is made when it is first opened. */
  menu_button = pln_test_find_widget (GTK_WIDGET (fixture->window), is_primary_menu, NULL);
  g_assert_nonnull (menu_button);
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
  g_assert_nonnull (menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), >, 0);
  g_assert_nonnull (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (fixture->app), "about"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (fixture->app), "preferences"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (fixture->app), "quit"));

  /* What is not on the way to the first frame is built when first shown:
   * the compendium, the shortcuts window (still on Ctrl+?). */
  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  g_assert_true (pln_test_wait_painted (GTK_WIDGET (fixture->window), 10000));
  g_assert_null (pln_test_find_descendant (GTK_WIDGET (fixture->window), PLN_TYPE_COMPENDIUM_VIEW));
  /* Nor are the libraries of what is used later: the modules of the web,
   * PDF, zip and iCalendar (pln-module.h), and librsvg for an SVG icon (a
   * spinner's). (This test links libgsf itself, to read documents.) */
  {
    g_autofree char *maps = NULL;

    g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
    g_assert_null (strstr (maps, "libplenary-http"));
    g_assert_null (strstr (maps, "libsoup-3.0"));
    g_assert_null (strstr (maps, "libplenary-pdf"));
    g_assert_null (strstr (maps, "libpoppler"));
    g_assert_null (strstr (maps, "libplenary-ical"));
    g_assert_null (strstr (maps, "libical"));
    g_assert_null (strstr (maps, "libplenary-zip"));
    g_assert_null (strstr (maps, "librsvg"));
  }
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture->window)));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-compendium", NULL);
  g_assert_nonnull (pln_test_find_descendant (GTK_WIDGET (fixture->window), PLN_TYPE_COMPENDIUM_VIEW));
  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app), "win.show-help-overlay");

    g_assert_cmpstrv (accels, ((const char *[]) { "<Control>question", NULL }));
  }
  /* (Shown in test-accessibility: GTK 4.8's shortcuts window warns as it
   * is measured, and warnings are fatal here.) */
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

  /* The groups open one per iteration after the workspace is shown. */
  rows = pln_sidebar_get_rows (sidebar);
  g_assert_true (pln_test_wait_n_items (rows, 17, 10000));
  /* The meeting's pages are made when a meeting is first shown. */
  g_assert_null (pln_test_find_descendant (GTK_WIDGET (fixture->window), PLN_TYPE_MEETING_PAGE));
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
  if (g_getenv ("PLN_SCREENSHOT_DIR") == NULL)
    return;

  g_assert_true (pln_test_wait_drawn (window, 10000));
  pln_test_save_screenshot (window, "%s", name);
}

static PlnMeeting *sidebar_selected_meeting (PlnWindow *window);

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
  /* The demo has that meeting already: the import updates it rather than
   * add a second one, and the window shows it, selected in the sidebar. */
  g_assert_true (imported == pln_workspace_find_meeting (workspace, "m-wg-7-2022"));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 12);
  g_assert_true (pln_meeting_get_working_group (imported) == pln_workspace_find_working_group (workspace, "wg-7"));
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_agenda (imported)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_sittings (imported)), ==, 4);
  g_assert_true (_pln_window_get_shown_meeting (window) == imported);
  g_assert_true (sidebar_selected_meeting (window) == imported);
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

/* A PlnTestWidgetMatch: a check button whose label starts with @prefix. */
static gboolean
is_check_starting (GtkWidget     *widget,
                   gconstpointer  prefix)
{
  GtkWidget *label;

  if (!GTK_IS_CHECK_BUTTON (widget))
    return FALSE;
  label = gtk_check_button_get_child (GTK_CHECK_BUTTON (widget));
  return GTK_IS_LABEL (label) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)), prefix);
}

static gboolean
banner_revealed (gpointer revealer)
{
  return gtk_revealer_get_child_revealed (revealer);
}

static PlnMergeDialog *
find_merge_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (PLN_IS_MERGE_DIALOG (l->data) && gtk_widget_get_mapped (l->data))
      return l->data;
  return NULL;
}

static gboolean
merge_dialog_shown (gpointer user_data)
{
  return find_merge_dialog () != NULL;
}

static gboolean
merge_dialog_gone (gpointer user_data)
{
  return find_merge_dialog () == NULL;
}

static gboolean
merged_and_saved (gpointer store)
{
  return pln_store_get_merge (store) == NULL && pln_test_store_clean (store);
}

/* The first recommendation of the workspace: its meeting's and its own
 * position. */
static PlnRecommendation *
first_recommendation (PlnWorkspace *workspace,
                      guint        *meeting_position,
                      guint        *position)
{
  GListModel *meetings = pln_workspace_get_meetings (workspace);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);
      GListModel *recommendations = pln_meeting_get_recommendations (meeting);

      if (g_list_model_get_n_items (recommendations) > 0)
        {
          g_autoptr(PlnRecommendation) found = g_list_model_get_item (recommendations, 0);

          *meeting_position = i;
          *position = 0;
          return found;
        }
    }
  return NULL;
}

static PlnRecommendation *
recommendation_at (PlnWorkspace *workspace,
                   guint         meeting_position,
                   guint         position)
{
  g_autoptr(PlnMeeting) meeting = g_list_model_get_item (pln_workspace_get_meetings (workspace), meeting_position);
  g_autoptr(PlnRecommendation) found = g_list_model_get_item (pln_meeting_get_recommendations (meeting), position);

  return found;
}

/* Someone else saved another text of the recommendation this window
 * changed: the banner offers Choose Changes; the dialog shows both texts
 * with the window's chosen, Escape leaves the merge waiting, and Theirs
 * then Keep These saves their text. */
static void
test_window_merge (Fixture       *fixture,
                   gconstpointer  data)
{
  PlnStore *store;
  g_autoptr(PlnStore) other = NULL;
  g_autoptr(PlnStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  PlnRecommendation *mine;
  PlnMergeDialog *dialog;
  GtkWidget *choose;
  GtkWidget *yours_button;
  GtkWidget *theirs_button;
  GtkRevealer *banner;
  guint m = 0, r = 0;

  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  store = pln_application_get_store (fixture->app);
  g_assert_true (pln_test_wait_until (pln_test_store_clean, store, 10000));
  mine = first_recommendation (pln_store_get_workspace (store), &m, &r);
  g_assert_nonnull (mine);
  banner = find_banner (GTK_WIDGET (fixture->window));
  choose = pln_test_find_widget (GTK_WIDGET (fixture->window), is_action_button, "win.choose-changes");
  g_assert_nonnull (choose);
  g_assert_false (gtk_widget_get_visible (choose));

  other = pln_store_new (pln_store_get_file (store));
  g_assert_true (pln_store_load (other, NULL, &error));
  g_assert_no_error (error);
  pln_recommendation_set_text (recommendation_at (pln_store_get_workspace (other), m, r), "Their text.");
  g_assert_true (pln_store_save (other, NULL, &error));
  g_assert_no_error (error);

  pln_recommendation_set_text (mine, "My text.");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL);
  g_assert_true (pln_test_wait_mapped (choose, 30000));
  g_assert_true (gtk_revealer_get_reveal_child (banner));
  g_assert_cmpuint (pln_merge_get_n_conflicts (pln_store_get_merge (store)), ==, 1);

  /* Escape is Cancel: the merge still waits. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.choose-changes", NULL);
  g_assert_true (pln_test_wait_until (merge_dialog_shown, NULL, 10000));
  dialog = find_merge_dialog ();
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (dialog), 10000));
  pln_test_save_screenshot (GTK_WIDGET (dialog), "merge-dialog.png");
  if (g_getenv ("PLN_SCREENSHOT_DIR") != NULL)
    {
      GtkWidget *revealer = gtk_widget_get_ancestor (choose, GTK_TYPE_REVEALER);

      g_assert_true (pln_test_wait_until (banner_revealed, revealer, 10000));
      pln_test_save_screenshot (GTK_WIDGET (fixture->window), "merge-banner.png");
    }
  pln_test_press_shortcut (GTK_WIDGET (dialog), "Escape");
  g_assert_true (pln_test_wait_until (merge_dialog_gone, NULL, 10000));
  g_assert_nonnull (pln_store_get_merge (store));
  g_assert_true (gtk_widget_get_visible (choose));

  /* The button opens it again, the window's text chosen. */
  g_assert_true (gtk_widget_activate (choose));
  g_assert_true (pln_test_wait_until (merge_dialog_shown, NULL, 10000));
  dialog = find_merge_dialog ();
  yours_button = pln_test_find_widget (GTK_WIDGET (dialog), is_check_starting, "Yours: My text.");
  theirs_button = pln_test_find_widget (GTK_WIDGET (dialog), is_check_starting, "Theirs: Their text.");
  g_assert_nonnull (yours_button);
  g_assert_nonnull (theirs_button);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (yours_button)));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (theirs_button)));

  /* It fits a narrow window. */
  {
    int minimum;

    gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, <=, 360);
  }

  gtk_check_button_set_active (GTK_CHECK_BUTTON (theirs_button), TRUE);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "merge.keep", NULL);
  g_assert_true (pln_test_wait_until (merge_dialog_gone, NULL, 10000));
  g_assert_true (pln_test_wait_until (merged_and_saved, store, 30000));
  g_assert_cmpstr (pln_recommendation_get_text (mine), ==, "Their text.");
  g_assert_true (pln_test_wait_until (not_revealed, banner, 30000));

  reader = pln_store_new (pln_store_get_file (store));
  g_assert_true (pln_store_load (reader, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pln_recommendation_get_text (recommendation_at (pln_store_get_workspace (reader), m, r)), ==,
                   "Their text.");
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
  g_assert_cmpstr (adw_status_page_get_icon_name (PLN_WINDOW (fixture->window)->load_error_page), ==,
                   "dialog-warning-symbolic");

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

/* A PlnTestWidgetMatch: a label showing @text. */
static gboolean
is_label_with (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

typedef struct
{
  PlnWindow  *window;
  const char *text;
} LabelShown;

/* Whether a row of the sidebar shows @text (rows are bound as drawn). */
static gboolean
sidebar_shows (gpointer user_data)
{
  LabelShown *wanted = user_data;

  return pln_test_find_widget (GTK_WIDGET (wanted->window->sidebar), is_label_with, wanted->text) != NULL;
}

static PlnMeeting *
sidebar_selected_meeting (PlnWindow *window)
{
  g_autoptr(GObject) item = pln_sidebar_dup_selected_item (window->sidebar);

  return PLN_IS_MEETING (item) ? PLN_MEETING (item) : NULL;
}

static void
show_meeting (PlnWindow  *window,
              const char *id)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-meeting", "(ss)", id, "");
}

/* The header says which meeting is shown and of which group, the sidebar
 * selects it, whatever showed it; both follow edits of the model. */
static void
test_window_shown_meeting (Fixture       *fixture,
                           gconstpointer  data)
{
  PlnWindow *window = PLN_WINDOW (fixture->window);
  PlnWorkspace *workspace;
  PlnMeeting *som, *wg7;
  GDate first, last;
  g_autofree char *old_dates = NULL;
  g_autofree char *new_dates = NULL;

  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  workspace = pln_window_get_workspace (window);
  som = pln_workspace_find_meeting (workspace, "m-wg-7-2023");
  wg7 = pln_workspace_find_meeting (workspace, "m-wg-7-2022");
  g_assert_nonnull (som);
  g_assert_nonnull (wg7);

  show_meeting (window, "m-wg-7-2023");
  g_assert_true (sidebar_selected_meeting (window) == som);
  g_assert_cmpstr (adw_window_title_get_title (window->content_title), ==, "SOM · Meeting 10");
  g_assert_cmpstr (adw_window_title_get_subtitle (window->content_title), ==,
                   pln_working_group_get_display_name (pln_meeting_get_working_group (som)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->meeting_menu_button)));

  show_meeting (window, "m-wg-7-2022");
  g_assert_true (sidebar_selected_meeting (window) == wg7);
  g_assert_cmpstr (adw_window_title_get_title (window->content_title), ==, "SOM · Meeting 9");

  /* Edits of the group reach the header at once. */
  pln_working_group_set_short_name (pln_meeting_get_working_group (wg7), "WG.7");
  g_assert_cmpstr (adw_window_title_get_title (window->content_title), ==, "WG.7 · Meeting 9");
  g_assert_true (pln_test_wait_until (sidebar_shows, &(LabelShown) { window, "WG.7 · Meeting 9" }, 5000));
  pln_working_group_set_short_name (pln_meeting_get_working_group (wg7), "SOM");

  /* New dates: the row says them, and the selection stays on the meeting
   * as it moves among its group's. */
  old_dates = pln_format_meeting_dates (wg7);
  g_assert_true (pln_test_wait_until (sidebar_shows, &(LabelShown) { window, old_dates }, 5000));
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 7, G_DATE_OCTOBER, 2024);
  g_date_set_dmy (&last, 9, G_DATE_OCTOBER, 2024);
  pln_meeting_set_last_day (wg7, &last);
  pln_meeting_set_first_day (wg7, &first);
  new_dates = pln_format_meeting_dates (wg7);
  g_assert_true (pln_test_wait_until (sidebar_shows, &(LabelShown) { window, new_dates }, 5000));
  g_assert_false (sidebar_shows (&(LabelShown) { window, old_dates }));
  g_assert_true (sidebar_selected_meeting (window) == wg7);

  /* Removed, nothing is selected; back with Undo, it is shown again. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-meeting", "s", "m-wg-7-2022");
  g_assert_null (sidebar_selected_meeting (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "calendar");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->meeting_menu_button)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (_pln_window_get_shown_meeting (window) == wg7);
  g_assert_true (sidebar_selected_meeting (window) == wg7);

  /* Another meeting removed and put back: the selection stays. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-meeting", "s", "m-wg-7-2023");
  g_assert_true (sidebar_selected_meeting (window) == wg7);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (sidebar_selected_meeting (window) == wg7);
  g_assert_true (_pln_window_get_shown_meeting (window) == wg7);

  /* The calendar: no meeting in the header, none selected. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-calendar", NULL);
  g_assert_null (sidebar_selected_meeting (window));
  g_assert_cmpstr (adw_window_title_get_title (window->content_title), ==, "Calendar");
}

/* The sidebar's row of @item, among those shown, or %NULL. */
static GtkTreeListRow *
sidebar_row_of (PlnWindow *window,
                gpointer   item)
{
  GListModel *rows = pln_sidebar_get_rows (window->sidebar);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) row_item = gtk_tree_list_row_get_item (row);

      if (row_item == item)
        return g_steal_pointer (&row);
    }

  return NULL;
}

/* The group of the meeting shown, collapsed, stays so; going to the
 * meeting again opens it and selects the meeting. */
static void
test_window_collapse_group (Fixture       *fixture,
                            gconstpointer  data)
{
  PlnWindow *window = PLN_WINDOW (fixture->window);
  PlnMeeting *som;
  g_autoptr(GtkTreeListRow) group_row = NULL;

  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  som = pln_workspace_find_meeting (pln_window_get_workspace (window), "m-wg-7-2023");
  g_assert_nonnull (som);

  show_meeting (window, "m-wg-7-2023");
  g_assert_true (sidebar_selected_meeting (window) == som);
  group_row = sidebar_row_of (window, pln_meeting_get_working_group (som));
  g_assert_nonnull (group_row);
  g_assert_true (gtk_tree_list_row_get_expanded (group_row));

  gtk_tree_list_row_set_expanded (group_row, FALSE);
  g_assert_true (pln_test_wait_idle (5000));
  g_assert_false (gtk_tree_list_row_get_expanded (group_row));
  g_assert_null (sidebar_row_of (window, som));
  g_assert_null (sidebar_selected_meeting (window));
  g_assert_true (_pln_window_get_shown_meeting (window) == som);

  show_meeting (window, "m-wg-7-2023");
  g_assert_true (gtk_tree_list_row_get_expanded (group_row));
  g_assert_true (sidebar_selected_meeting (window) == som);
}

static gboolean
popover_menu_shown (gpointer widget)
{
  GtkWidget *popover = pln_test_find_descendant (widget, GTK_TYPE_POPOVER_MENU);

  return popover != NULL && gtk_widget_get_mapped (popover);
}

/* The Menu key (Shift+F10) on a row opens the menu a right click does;
 * the meeting's header has the same actions. */
static void
test_window_context_menu (Fixture       *fixture,
                          gconstpointer  data)
{
  PlnWindow *window = PLN_WINDOW (fixture->window);
  GMenuModel *menu;
  g_autofree char *action = NULL;
  g_autofree char *target = NULL;

  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  show_meeting (window, "m-wg-7-2023");

  gtk_widget_activate_action (GTK_WIDGET (window->sidebar), "sidebar.popup-menu", NULL);
  g_assert_true (pln_test_wait_until (popover_menu_shown, window->sidebar, 5000));
  gtk_popover_popdown (GTK_POPOVER (pln_test_find_descendant (GTK_WIDGET (window->sidebar), GTK_TYPE_POPOVER_MENU)));

  menu = gtk_menu_button_get_menu_model (window->meeting_menu_button);
  g_assert_nonnull (menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action));
  g_assert_cmpstr (action, ==, "win.edit-working-group");
  g_assert_true (g_menu_model_get_item_attribute (menu, 1, G_MENU_ATTRIBUTE_TARGET, "s", &target));
  g_assert_cmpstr (target, ==, "m-wg-7-2023");

  /* Moved to another working group, the meeting's menu edits that one. */
  {
    PlnMeeting *som = _pln_window_get_shown_meeting (window);
    g_autoptr(PlnWorkingGroup) old_group = g_object_ref (pln_meeting_get_working_group (som));
    GListModel *groups = pln_workspace_get_working_groups (pln_window_get_workspace (window));
    g_autoptr(PlnWorkingGroup) other = NULL;
    g_autofree char *group_id = NULL;

    for (guint i = 0; other == NULL && i < g_list_model_get_n_items (groups); i++)
      {
        g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (groups, i);

        if (group != old_group)
          other = g_steal_pointer (&group);
      }
    g_assert_nonnull (other);

    pln_meeting_set_working_group (som, other);
    menu = gtk_menu_button_get_menu_model (window->meeting_menu_button);
    g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_TARGET, "s", &group_id));
    g_assert_cmpstr (group_id, ==, pln_working_group_get_id (other));
    g_assert_true (pln_test_wait_idle (5000));
    g_assert_true (sidebar_selected_meeting (window) == som);

    pln_meeting_set_working_group (som, old_group);
  }
}

static gboolean
state_says (gpointer user_data)
{
  LabelShown *wanted = user_data;

  return g_strcmp0 (adw_window_title_get_subtitle (wanted->window->workspace_title), wanted->text) == 0;
}

/* The sidebar's header says whether the edits are saved. */
static void
test_window_saved_state (Fixture       *fixture,
                         gconstpointer  data)
{
  PlnWindow *window = PLN_WINDOW (fixture->window);
  PlnStore *store;

  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  store = pln_application_get_store (fixture->app);
  g_assert_true (pln_test_wait_until (pln_test_store_clean, store, 10000));
  g_assert_true (pln_test_wait_until (state_says, &(LabelShown) { window, "Saved" }, 10000));

  pln_store_set_autosave_delay (store, 0);
  pln_workspace_set_title (pln_window_get_workspace (window), "An edit");
  g_assert_true (pln_store_get_dirty (store));
  g_assert_cmpstr (adw_window_title_get_subtitle (window->workspace_title), ==, "Not saved yet");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (pln_test_wait_until (state_says, &(LabelShown) { window, "Saved" }, 10000));
  pln_store_set_autosave_delay (store, 1000);
}

static gboolean
content_is (gpointer user_data)
{
  LabelShown *wanted = user_data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (wanted->window->content_stack), wanted->text) == 0;
}

static void
remove_default_workspace (void)
{
  g_autoptr(GFile) file = pln_store_get_default_file ();
  g_autoptr(GFile) backup = pln_file_get_backup (file);

  g_file_delete (file, NULL, NULL);
  g_file_delete (backup, NULL, NULL);
}

/* While a workspace loads: the loading page with its progress bar, which
 * a timer updates, and a blank sidebar (not "No Working Groups"); then the
 * workspace, and the timer gone. */
static void
test_window_loading (Fixture       *fixture,
                     gconstpointer  data)
{
  PlnWindow *window = PLN_WINDOW (fixture->window);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "loading.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  {
    g_autoptr(PlnStore) writer = pln_store_new (file);
    g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (1, 7);

    pln_store_set_workspace (writer, workspace);
    g_assert_true (pln_store_save (writer, NULL, &error));
    g_assert_no_error (error);
  }

  pln_application_open_file (fixture->app, file);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "loading");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "groups");
  g_assert_cmpuint (window->loading_source, !=, 0);
  g_assert_true (pln_test_wait_mapped (GTK_WIDGET (window->loading_progress), 10000));

  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  g_assert_cmpuint (window->loading_source, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pln_workspace_get_meetings (pln_window_get_workspace (window))), >, 0);

  /* Back to the default workspace for the tests after this one. */
  {
    g_autoptr(GFile) default_file = pln_store_get_default_file ();

    pln_application_open_file (fixture->app, default_file);
    g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  }
}

/* Without a default workspace, the choice: the sample, labelled as such,
 * or an empty workspace of one's own. */
static void
test_window_first_start (Fixture       *fixture,
                         gconstpointer  data)
{
  PlnWindow *window = PLN_WINDOW (fixture->window);
  g_autoptr(GFile) default_file = pln_store_get_default_file ();
  g_autoptr(GFile) sample_file = pln_application_get_sample_file ();
  GtkWidget *sample_button, *empty_button;
  PlnWorkspace *workspace;

  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  remove_default_workspace ();
  pln_application_open_file (fixture->app, default_file);
  g_assert_null (pln_application_get_store (fixture->app));
  g_assert_true (pln_test_wait_until (content_is, &(LabelShown) { window, "welcome" }, 5000));
  g_assert_cmpstr (adw_status_page_get_icon_name (window->welcome_page), ==, APP_ID);
  /* Not installed: the build tree's own icon, found by the theme's
   * first load (the theme never changed after the start). */
  g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (window))),
                                          APP_ID));
  g_assert_cmpuint (icon_theme_changes, ==, 0);
  save_screenshot (GTK_WIDGET (window), "first-start.png");

  sample_button = pln_test_find_widget (GTK_WIDGET (window), is_action_button, "win.open-sample");
  empty_button = pln_test_find_widget (GTK_WIDGET (window), is_action_button, "win.start-empty");
  g_assert_true (gtk_widget_get_mapped (sample_button));
  g_assert_true (gtk_widget_get_mapped (empty_button));

  /* The sample: the demo data, said to be sample data. */
  g_signal_emit_by_name (sample_button, "clicked");
  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  workspace = pln_window_get_workspace (window);
  g_assert_cmpuint (g_list_model_get_n_items (pln_workspace_get_working_groups (workspace)), ==, 5);
  g_assert_true (g_file_equal (pln_store_get_file (pln_application_get_store (fixture->app)), sample_file));
  g_assert_true (pln_application_get_sample_open (fixture->app));
  g_assert_nonnull (strstr (adw_window_title_get_subtitle (window->workspace_title), "Sample data"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Plenary — Sample Data");
  g_assert_false (g_file_query_exists (default_file, NULL));

  /* The default workspace is still to be made: the choice again, then an
   * empty workspace, written at once. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-default", NULL);
  g_assert_true (pln_test_wait_until (content_is, &(LabelShown) { window, "welcome" }, 5000));
  g_signal_emit_by_name (empty_button, "clicked");
  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  workspace = pln_window_get_workspace (window);
  g_assert_cmpuint (g_list_model_get_n_items (pln_workspace_get_working_groups (workspace)), ==, 0);
  g_assert_true (g_file_query_exists (default_file, NULL));
  g_assert_false (pln_application_get_sample_open (fixture->app));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Plenary");

  /* The sample is there still, from the main menu. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  g_assert_true (pln_application_get_sample_open (fixture->app));

  /* The demo as the default workspace again, for the tests after this one. */
  remove_default_workspace ();
  {
    g_autoptr(PlnStore) writer = pln_store_new (default_file);
    g_autoptr(PlnWorkspace) demo = pln_demo_new_workspace ();
    g_autoptr(GError) error = NULL;

    pln_store_set_workspace (writer, demo);
    g_assert_true (pln_store_save (writer, NULL, &error));
  }
  pln_application_open_file (fixture->app, default_file);
  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
}

typedef struct
{
  GMenuModel *menu;
  const char *uri;
} RecentListed;

/* Whether Open Recent lists @uri. */
static gboolean
recent_listed (gpointer user_data)
{
  RecentListed *wanted = user_data;

  for (int i = 0; i < g_menu_model_get_n_items (wanted->menu); i++)
    {
      g_autofree char *target = NULL;

      if (g_menu_model_get_item_attribute (wanted->menu, i, G_MENU_ATTRIBUTE_TARGET, "s", &target) &&
          g_strcmp0 (target, wanted->uri) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A workspace opened is in Open Recent, and opens from there. */
static void
test_window_recent (Fixture       *fixture,
                    gconstpointer  data)
{
  PlnWindow *window = PLN_WINDOW (fixture->window);
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "recent", NULL);
  g_autofree char *path = g_build_filename (folder, "Meetings_2026.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) default_file = pln_store_get_default_file ();
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  {
    g_autoptr(PlnStore) writer = pln_store_new (file);
    g_autoptr(PlnWorkspace) workspace = pln_workspace_new ();

    pln_store_set_workspace (writer, workspace);
    g_assert_true (pln_store_save (writer, NULL, &error));
  }

  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  pln_application_open_file (fixture->app, file);
  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  g_assert_true (pln_test_wait_until (recent_listed, &(RecentListed) { G_MENU_MODEL (window->recent_menu), uri }, 10000));

  pln_application_open_file (fixture->app, default_file);
  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", uri);
  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  g_assert_true (g_file_equal (pln_store_get_file (pln_application_get_store (fixture->app)), file));

  pln_application_open_file (fixture->app, default_file);
  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
}

/* The shortcuts window lists the keys of every page. */
static void
test_window_shortcuts (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/pln-shortcuts-window.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  const char *wanted[] = {
    "<ctrl>t Home", "Insert", "<alt>Up <alt>Down", "Delete", "<ctrl>f", "<ctrl>i", "<ctrl>z", "<ctrl>s",
    "<ctrl><shift>s", "<ctrl>o", "<ctrl>n", "<alt>1", "F10", "Menu <shift>F10",
  };
  g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *stack = g_ptr_array_new ();

  g_ptr_array_add (stack, overlay);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);
      g_autofree char *accelerator = NULL;

      if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
        {
          g_object_get (widget, "accelerator", &accelerator, NULL);
          if (accelerator != NULL)
            g_ptr_array_add (listed, g_steal_pointer (&accelerator));
        }
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  g_ptr_array_unref (stack);

  for (guint i = 0; i < G_N_ELEMENTS (wanted); i++)
    if (!g_ptr_array_find_with_equal_func (listed, wanted[i], g_str_equal, NULL))
      g_error ("the shortcuts window does not list %s", wanted[i]);

  gtk_window_destroy (GTK_WINDOW (overlay));
}

/* Down to 360 pixels wide: the sidebar folds away, nothing is wider. */
static void
test_window_narrow (Fixture       *fixture,
                    gconstpointer  data)
{
  PlnWindow *window = PLN_WINDOW (fixture->window);
  const char *pages[] = { "overview", "agenda", "registrations", "recommendations" };
  int minimum;

  g_assert_true (pln_test_wait_until (workspace_shown, fixture, 10000));
  gtk_window_set_default_size (fixture->window, 360, 720);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-calendar", NULL);
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (window), 10000));
  gtk_widget_measure (GTK_WIDGET (window->content_pane), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_test_message ("calendar: the content needs %d pixels", minimum);
  g_assert_cmpint (minimum, <=, 360);
  save_screenshot (GTK_WIDGET (window), "narrow-calendar.png");

  show_meeting (window, "m-wg-7-2022");
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("narrow-%s.png", pages[i]);

      pln_meeting_page_set_visible_page (window->meeting_page, pages[i]);
      g_assert_true (pln_test_wait_drawn (GTK_WIDGET (window), 10000));
      gtk_widget_measure (GTK_WIDGET (window->content_pane), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_test_message ("%s: the content needs %d pixels", pages[i], minimum);
      g_assert_cmpint (minimum, <=, 360);
      save_screenshot (GTK_WIDGET (window), name);
      g_assert_true (adw_leaflet_get_folded (window->leaflet));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
    }

  /* The sidebar, folded away, comes back with the Back button. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL);
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (window), 10000));
  save_screenshot (GTK_WIDGET (window), "narrow-sidebar.png");
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->sidebar_pane);

  gtk_window_set_default_size (fixture->window, 1000, 700);
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
  g_signal_connect_swapped (gtk_icon_theme_get_for_display (gdk_display_get_default ()), "changed",
                            G_CALLBACK (count_icon_theme_change), &icon_theme_changes);

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
  g_test_add ("/window/merge", Fixture, NULL, fixture_set_up, test_window_merge, fixture_tear_down);
  g_test_add ("/window/recover", Fixture, NULL, fixture_set_up, test_window_recover, fixture_tear_down);
  g_test_add ("/window/shown-meeting", Fixture, NULL, fixture_set_up, test_window_shown_meeting, fixture_tear_down);
  g_test_add ("/window/collapse-group", Fixture, NULL, fixture_set_up, test_window_collapse_group, fixture_tear_down);
  g_test_add ("/window/context-menu", Fixture, NULL, fixture_set_up, test_window_context_menu, fixture_tear_down);
  g_test_add ("/window/saved-state", Fixture, NULL, fixture_set_up, test_window_saved_state, fixture_tear_down);
  g_test_add ("/window/recent", Fixture, NULL, fixture_set_up, test_window_recent, fixture_tear_down);
  g_test_add ("/window/shortcuts", Fixture, NULL, fixture_set_up, test_window_shortcuts, fixture_tear_down);
  g_test_add ("/window/first-start", Fixture, NULL, fixture_set_up, test_window_first_start, fixture_tear_down);
  g_test_add ("/window/loading", Fixture, NULL, fixture_set_up, test_window_loading, fixture_tear_down);
  g_test_add ("/window/narrow", Fixture, NULL, fixture_set_up, test_window_narrow, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
