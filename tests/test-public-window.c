/* test-public-window.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "pln-application.h"
#include "pln-compendium-view.h"
#include "pln-page.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"
#include "pln-window.h"
#include "pln-calendar-view.h"
#include "pln-window-private.h"

/* A public edition opened in the window: every action of the window and
 * of each page that edits is disabled (its enabled state, as a button
 * bound to it sees it), those that only read are listed, the banner says
 * who publishes it, and nothing is ever written to its folder. */

static const char * const window_reading_actions[] = {
  "win.show-sidebar", "win.show-calendar", "win.show-compendium", "win.show-meeting",
  "win.show-recommendation", "win.open", "win.open-default", "win.open-sample", "win.start-empty",
  "win.open-recent", "win.no-recent", "win.reload", "win.export-ics", "win.show-help-overlay", NULL
};

static const char * const compendium_reading_actions[] = { "compendium.export", NULL };

static const char * const pages[] = { "overview", "agenda", "recommendations", "registrations", "speakers", "report" };

#define MEETING "m-wg-7-2022"

/* A value of @type, for the target of an action with a parameter. */
static GVariant *
default_value (const GVariantType *type)
{
  if (g_variant_type_is_tuple (type))
    {
      g_autoptr(GPtrArray) children = g_ptr_array_new ();

      for (const GVariantType *t = g_variant_type_first (type); t != NULL; t = g_variant_type_next (t))
        g_ptr_array_add (children, default_value (t));
      return g_variant_new_tuple ((GVariant **) children->pdata, children->len);
    }

  switch (g_variant_type_peek_string (type)[0])
    {
    case 's': return g_variant_new_string ("");
    case 'b': return g_variant_new_boolean (FALSE);
    case 'i': return g_variant_new_int32 (0);
    case 'u': return g_variant_new_uint32 (0);
    case 'x': return g_variant_new_int64 (0);
    case 't': return g_variant_new_uint64 (0);
    case 'd': return g_variant_new_double (0);
    default:
      g_error ("No value of type %s for an action's target", g_variant_type_peek_string (type));
    }
}

/* Whether @widget's action @name is enabled: a button bound to it, set
 * inside @widget, is sensitive exactly then. */
static gboolean
action_enabled (GtkWidget          *widget,
                const char         *name,
                const GVariantType *type)
{
  GtkWidget *probe = gtk_button_new ();
  gboolean enabled;

  if (type != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (probe), default_value (type));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (probe), name);
  gtk_widget_set_parent (probe, widget);
  enabled = gtk_widget_get_sensitive (probe);
  gtk_widget_unparent (probe);
  return enabled;
}

/* Every action of @widget's class: those not in @reading are disabled.
 * Returns how many were checked. */
static guint
check_actions (GtkWidget          *widget,
               const char * const *reading,
               const char         *where)
{
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (widget);
  const GVariantType *type;
  const char *name;
  const char *property;
  GType owner;
  guint n = 0;

  /* GTK 4.8 fills every out argument: none may be NULL. */
  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &type, &property); i++)
    {
      /* GTK's own (default.activate, window.close…) are not Plenary's. */
      if (g_strv_contains (reading, name) || !g_str_has_prefix (g_type_name (owner), "Pln"))
        continue;
      if (action_enabled (widget, name, type))
        g_test_fail_printf ("%s: the editing action %s is enabled on a public edition", where, name);
      n++;
    }

  return n;
}

static void
collect_pages (GtkWidget *widget,
               GPtrArray *found)
{
  if (PLN_IS_PAGE (widget) || PLN_IS_COMPENDIUM_VIEW (widget))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_pages (child, found);
}

/* No text of a page can be typed into (search entries filter only). */
static void
check_no_editable (GtkWidget  *widget,
                   const char *where)
{
  if (GTK_IS_SEARCH_ENTRY (widget))
    return;
  if (GTK_IS_SPIN_BUTTON (widget))
    {
      if (gtk_widget_get_sensitive (widget))
        g_test_fail_printf ("%s: a spin button takes input on a public edition", where);
      return;
    }
  if ((GTK_IS_EDITABLE (widget) && gtk_editable_get_editable (GTK_EDITABLE (widget))) ||
      (GTK_IS_TEXT_VIEW (widget) && gtk_text_view_get_editable (GTK_TEXT_VIEW (widget))))
    g_test_fail_printf ("%s: a %s can be typed into on a public edition", where, G_OBJECT_TYPE_NAME (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_no_editable (child, where);
}

static guint
check_pages (GtkWidget  *window,
             const char *where)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  guint n = 0;

  collect_pages (window, found);
  g_assert_cmpuint (found->len, >, 0);
  for (guint i = 0; i < found->len; i++)
    {
      g_autofree char *label = g_strdup_printf ("%s, %s", where, G_OBJECT_TYPE_NAME (found->pdata[i]));

      if (PLN_IS_PAGE (found->pdata[i]))
        check_no_editable (found->pdata[i], label);
      n += check_actions (found->pdata[i],
                          PLN_IS_PAGE (found->pdata[i]) ? pln_page_get_reading_actions ()
                                                         : compendium_reading_actions,
                          label);
    }

  return n;
}

static gboolean
shows_read_only (gpointer user_data)
{
  PlnWindow *window = user_data;
  PlnWorkspace *workspace = pln_window_get_workspace (window);

  return workspace != NULL && pln_workspace_is_read_only (workspace) &&
         gtk_revealer_get_child_revealed (window->banner_revealer);
}

static gboolean
shows_editable (gpointer user_data)
{
  PlnWorkspace *workspace = pln_window_get_workspace (user_data);

  return workspace != NULL && !pln_workspace_is_read_only (workspace);
}

static PlnApplication *app;

static gboolean
window_shown (gpointer user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

static void
test_read_only (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autofree char *folder = pln_test_make_folder ();
  g_autofree char *path = g_build_filename (folder, PLN_PUBLIC_EDITION_FILE, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) default_file = pln_store_get_default_file ();
  g_autoptr(GBytes) full = NULL;
  g_autoptr(GString) before = g_string_new (NULL);
  g_autoptr(GString) after = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, MEETING);
  PlnPublicOptions options = { "UNODC Secretariat", FALSE };
  PlnWindow *window;
  GDate day;
  guint n;

  pln_meeting_get_day (meeting, 0, &day);
  pln_meeting_mark_shared (meeting, &day);
  full = pln_json_serialize_workspace (workspace);
  {
    g_autoptr(GFile) out = g_file_new_for_path (folder);

    g_assert_true (pln_public_edition_publish (full, &options, out, NULL, NULL, &error));
  }
  g_assert_no_error (error);
  pln_test_dump_folder (folder, before);

  g_application_activate (G_APPLICATION (app));
  g_assert_true (pln_test_wait_until (window_shown, NULL, 10000));
  window = PLN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  pln_application_open_file (app, file);
  g_assert_true (pln_test_wait_until (shows_read_only, window, 10000));
  g_assert_nonnull (strstr (gtk_label_get_text (window->banner_label), "UNODC Secretariat"));
  g_assert_false (gtk_widget_get_visible (window->new_menu_button));

  n = check_actions (GTK_WIDGET (window), window_reading_actions, "window");
  g_assert_cmpuint (n, >=, 10);

  /* A day activated in the calendar offers no new meeting. */
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    guint before_dialogs = g_list_model_get_n_items (toplevels);
    GDate empty_day;

    g_date_clear (&empty_day, 1);
    g_date_set_dmy (&empty_day, 6, G_DATE_OCTOBER, 2025);
    pln_calendar_view_ask_new_meeting (_pln_window_ensure_calendar_view (window), &empty_day);
    g_assert_true (pln_test_wait_idle (5000));
    g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before_dialogs);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-compendium", NULL);
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (window), 10000));
  check_pages (GTK_WIDGET (window), "compendium");

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-meeting", "(ss)", MEETING, pages[i]);
      g_assert_true (pln_test_wait_drawn (GTK_WIDGET (window), 10000));
      n = check_pages (GTK_WIDGET (window), pages[i]);
      g_assert_cmpuint (n, >, 0);
      if (g_getenv ("PLN_SCREENSHOT_DIR") != NULL)
        {
          g_assert_true (pln_test_wait_painted (GTK_WIDGET (window), 10000));
          pln_test_save_screenshot (GTK_WIDGET (window), "public-edition-%s.png", pages[i]);
        }
    }

  /* An edit made anyway (a disabled save does nothing) is never written. */
  pln_workspace_set_title (pln_window_get_workspace (window), "Edited by a delegate");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (pln_test_wait_idle (5000));
  pln_test_dump_folder (folder, after);
  g_assert_cmpuint (before->len, ==, after->len);
  g_assert_cmpmem (before->str, before->len, after->str, after->len);

  /* Back to a workspace of one's own: editing again. */
  pln_application_open_file (app, default_file);
  g_assert_true (pln_test_wait_until (shows_editable, window, 10000));
  g_assert_true (gtk_widget_get_visible (window->new_menu_button));
  g_assert_true (action_enabled (GTK_WIDGET (window), "win.new-meeting", NULL));
}

static gboolean
file_holds (gpointer user_data)
{
  const char * const *what = user_data;
  g_autofree char *contents = NULL;

  return g_file_get_contents (what[0], &contents, NULL, NULL) && strstr (contents, what[1]) != NULL;
}

/* The secretariat publishes from the window: once a folder is chosen
 * (publish-to), marking a non-paper as shared publishes it after the
 * save, in a worker, and so does a change of a published meeting. */
static void
test_publish_after_save (void)
{
  g_autofree char *folder = pln_test_make_folder ();
  g_autofree char *path = g_build_filename (folder, PLN_PUBLIC_EDITION_FILE, NULL);
  g_autofree char *uri = g_filename_to_uri (folder, NULL, NULL);
  g_autoptr(GFile) default_file = pln_store_get_default_file ();
  const char *non_paper[] = { path, "documents/wg7-2022-non-paper-day1.pdf" };
  const char *title[] = { path, "Item 2 as retitled" };
  PlnWorkspace *workspace;
  PlnWindow *window;
  PlnMeeting *meeting;
  PlnStore *store;
  GDate day;

  g_application_activate (G_APPLICATION (app));
  g_assert_true (pln_test_wait_until (window_shown, NULL, 10000));
  window = PLN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  pln_application_open_file (app, default_file);
  g_assert_true (pln_test_wait_until (shows_editable, window, 10000));
  store = pln_application_get_store (app);
  pln_store_set_autosave_delay (store, 10);
  workspace = pln_window_get_workspace (window);
  meeting = pln_workspace_find_meeting (workspace, MEETING);
  g_assert_nonnull (meeting);

  pln_workspace_set_publish_to (workspace, uri);
  pln_meeting_get_day (meeting, 0, &day);
  pln_meeting_mark_shared (meeting, &day);
  g_assert_true (pln_test_wait_until (file_holds, non_paper, 20000));

  pln_agenda_item_set_title (pln_meeting_find_agenda_item (meeting, "m-wg-7-2022-i2"), "Item 2 as retitled");
  g_assert_true (pln_test_wait_until (file_holds, title, 20000));
  g_assert_false (pln_store_get_dirty (store));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  pln_application_init_i18n ();
  pln_test_ui_init (&argc, &argv);

  app = pln_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add_func ("/public-window/read-only", test_read_only);
  g_test_add_func ("/public-window/publish-after-save", test_publish_after_save);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
