/* test-subscribe-window.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "pln-agenda-page.h"
#include "pln-application-private.h"
#include "pln-notes-group.h"
#include "pln-overview-page.h"
#include "pln-subscribe-dialog.h"
#include "pln-test-http.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"
#include "pln-window-private.h"

/* A delegation subscribes in the window to what a secretariat publishes
 * on a real apache2: the dialog refuses what gives no public edition, the
 * copy opens read-only with who publishes it, a new non-paper is a
 * notification whose action opens the copy of the PDF, the server stopped
 * shows "Offline since" over the copy, restarted it is back; nothing is
 * ever written to the server's folder, the notes are the one file the
 * delegation writes, and unsubscribing takes it all away. */

#define MEETING "m-wg-7-2022"
#define NON_PAPER "documents/wg7-2022-non-paper-day1.pdf"
#define AGENDA_TITLE "Changed agenda: Working Group on the Smuggling of Migrants"
#define TITLE "New non-paper: Working Group on the Smuggling of Migrants — Day 1"

static PlnApplication *app;

/* ------------------------------------------------------------ notifications */

/* The desktop's notification server, as the test's own on the session
 * bus: GIO sends the application's notifications to it outside a sandbox,
 * and it answers "default" as a click on one would. */

static const char notifications_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='Notify'>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='as' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>"
  "      <arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "    <method name='GetCapabilities'><arg type='as' direction='out'/></method>"
  "    <method name='GetServerInformation'>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "    </method>"
  "    <signal name='ActionInvoked'><arg type='u'/><arg type='s'/></signal>"
  "    <signal name='NotificationClosed'><arg type='u'/><arg type='u'/></signal>"
  "  </interface>"
  "</node>";

typedef struct
{
  GDBusConnection *connection;
  GPtrArray       *summaries;   /* of the notifications shown, in order */
  GArray          *closed;      /* their ids, when withdrawn */
  gboolean         owned;
} Server;

static Server server;

static void
server_method_cb (GDBusConnection       *connection,
                  const char            *sender,
                  const char            *path,
                  const char            *interface,
                  const char            *method,
                  GVariant              *parameters,
                  GDBusMethodInvocation *invocation,
                  gpointer               user_data)
{
  if (g_str_equal (method, "Notify"))
    {
      const char *summary;

      g_variant_get_child (parameters, 3, "&s", &summary);
      g_ptr_array_add (server.summaries, g_strdup (summary));
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", server.summaries->len));
    }
  else if (g_str_equal (method, "CloseNotification"))
    {
      guint32 id;

      g_variant_get (parameters, "(u)", &id);
      g_array_append_val (server.closed, id);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method, "GetCapabilities"))
    g_dbus_method_invocation_return_value (invocation, g_variant_new_parsed ("(['body', 'actions'],)"));
  else
    g_dbus_method_invocation_return_value (invocation, g_variant_new ("(ssss)", "test", "Plenary", "1", "1.2"));
}

static void
name_acquired_cb (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  server.owned = TRUE;
}

static gboolean
server_owned (gpointer user_data)
{
  return server.owned;
}

static void
server_start (void)
{
  static const GDBusInterfaceVTable vtable = { server_method_cb, NULL, NULL, { NULL } };
  g_autoptr(GDBusNodeInfo) node = g_dbus_node_info_new_for_xml (notifications_xml, NULL);
  g_autoptr(GError) error = NULL;

  server.summaries = g_ptr_array_new_with_free_func (g_free);
  server.closed = g_array_new (FALSE, FALSE, sizeof (guint32));
  server.connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  g_dbus_connection_register_object (server.connection, "/org/freedesktop/Notifications",
                                     node->interfaces[0], &vtable, NULL, NULL, &error);
  g_assert_no_error (error);
  g_bus_own_name_on_connection (server.connection, "org.freedesktop.Notifications",
                                G_BUS_NAME_OWNER_FLAGS_NONE, name_acquired_cb, NULL, NULL, NULL);
  g_assert_true (pln_test_wait_until (server_owned, NULL, 10000));
}

/* A click on notification @id: its default action. */
static void
server_click (guint32 id)
{
  g_autoptr(GError) error = NULL;

  g_dbus_connection_emit_signal (server.connection, NULL, "/org/freedesktop/Notifications",
                                 "org.freedesktop.Notifications", "ActionInvoked",
                                 g_variant_new ("(us)", id, "default"), &error);
  g_assert_no_error (error);
}

static gboolean
closed_one (gpointer user_data)
{
  return server.closed->len == 1 && g_array_index (server.closed, guint32, 0) == 2;
}

static gboolean
shown_notification (gpointer user_data)
{
  for (guint i = 0; i < server.summaries->len; i++)
    if (g_str_equal (server.summaries->pdata[i], user_data))
      return TRUE;
  return FALSE;
}

static gboolean
window_shown (gpointer user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

static gboolean
dialog_idle (gpointer user_data)
{
  return !pln_subscribe_dialog_get_busy (user_data);
}

static gboolean
banner_says (gpointer user_data)
{
  gpointer *what = user_data;
  PlnWindow *window = what[0];
  PlnWorkspace *workspace = pln_window_get_workspace (window);

  return workspace != NULL && pln_workspace_is_read_only (workspace) &&
         gtk_revealer_get_reveal_child (window->banner_revealer) &&
         strstr (gtk_label_get_text (window->banner_label), what[1]) != NULL;
}

static void
wait_banner (PlnWindow  *window,
             const char *text)
{
  gpointer what[] = { window, (gpointer) text };

  if (!pln_test_wait_until (banner_says, what, 30000))
    g_error ("The banner says “%s”, not “%s”", gtk_label_get_text (window->banner_label), text);
}

static gboolean
notified (gpointer user_data)
{
  GPtrArray *ids = _pln_application_get_notifications (app);

  return ids != NULL && g_ptr_array_find_with_equal_func (ids, user_data, g_str_equal, NULL);
}

/* The URI the application was asked to open. */
static char *launched;

static gboolean
launched_is (gpointer user_data)
{
  return g_strcmp0 (launched, user_data) == 0;
}

static void
record_launch (GFile    *file,
               gpointer  user_data)
{
  g_free (launched);
  launched = g_file_get_uri (file);
}

/* The subscribe dialog, given @url: returns the error it shows, if any. */
static char *
subscribe (const char *url)
{
  g_autoptr(PlnSubscribeDialog) dialog = NULL;
  const char *error;

  g_action_group_activate_action (G_ACTION_GROUP (app), "subscribe", NULL);
  /* Held: on success it closes itself. */
  dialog = g_object_ref (PLN_SUBSCRIBE_DIALOG (pln_test_find_toplevel (PLN_TYPE_SUBSCRIBE_DIALOG)));
  g_assert_true (pln_test_wait_mapped (dialog, 10000));
  pln_subscribe_dialog_set_url (dialog, url);
  pln_subscribe_dialog_subscribe (dialog);
  g_assert_true (pln_test_wait_until (dialog_idle, dialog, 30000));

  error = pln_subscribe_dialog_get_error (dialog);
  if (error == NULL)
    {
      g_assert_true (pln_test_wait_no_window (PLN_TYPE_SUBSCRIBE_DIALOG, 10000));
      return NULL;
    }

  if (g_getenv ("PLN_SCREENSHOT_DIR") != NULL)
    {
      g_assert_true (pln_test_wait_painted (GTK_WIDGET (dialog), 10000));
      pln_test_save_screenshot (GTK_WIDGET (dialog), "subscribe-dialog-%s.png", g_uri_peek_scheme (url));
    }

  {
    g_autofree char *copy = g_strdup (error);

    gtk_window_close (GTK_WINDOW (dialog));
    g_assert_true (pln_test_wait_no_window (PLN_TYPE_SUBSCRIBE_DIALOG, 10000));
    return g_steal_pointer (&copy);
  }
}

typedef struct
{
  PlnSubscription *subscription;
  const char      *item_id;    /* or NULL for the meeting's note */
  const char      *text;
} Note;

static gboolean
note_saved (gpointer user_data)
{
  Note *note = user_data;
  g_autofree char *text = pln_subscription_dup_note (note->subscription, MEETING, note->item_id);

  return g_strcmp0 (text, note->text) == 0;
}

static PlnNotesGroup *
find_notes (PlnWindow *window,
            GType      page_type)
{
  GtkWidget *page = pln_test_find_descendant (GTK_WIDGET (window), page_type);
  PlnNotesGroup *notes;

  g_assert_nonnull (page);
  notes = PLN_NOTES_GROUP (pln_test_find_descendant (page, PLN_TYPE_NOTES_GROUP));
  g_assert_nonnull (notes);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (notes)));
  g_assert_true (gtk_text_view_get_editable (pln_notes_group_get_view (notes)));
  return notes;
}

/* Types @note into @notes as the user would, at the cursor, and waits
 * until it is saved. */
static void
type_note (PlnNotesGroup *notes,
           Note          *note)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (pln_notes_group_get_view (notes));

  gtk_text_buffer_insert_interactive_at_cursor (buffer, note->text, -1, TRUE);
  g_assert_true (pln_test_wait_until (note_saved, note, 10000));
}

static void
type_notes (PlnWindow       *window,
            PlnSubscription *subscription)
{
  g_autoptr(GFile) edition = pln_subscription_get_edition_file (subscription);
  g_autoptr(GFile) cache = g_file_get_parent (edition);
  g_autoptr(GString) before = g_string_new (NULL);
  g_autoptr(GString) after = g_string_new (NULL);
  Note meeting_note = { subscription, NULL, "Ask the chair about the hybrid format" };
  Note item_note = { subscription, "m-wg-7-2022-i2", "Statement under item 2 ready" };
  PlnMeeting *meeting;
  PlnNotesGroup *notes;

  pln_test_dump_folder (g_file_peek_path (cache), before);

  meeting = pln_workspace_find_meeting (pln_window_get_workspace (window), MEETING);
  pln_window_show_meeting (window, meeting, "overview");
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (window), 10000));
  notes = find_notes (window, PLN_TYPE_OVERVIEW_PAGE);
  type_note (notes, &meeting_note);

  pln_window_show_meeting (window, meeting, "agenda");
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (window), 10000));
  pln_agenda_page_select_item (PLN_AGENDA_PAGE (pln_test_find_descendant (GTK_WIDGET (window), PLN_TYPE_AGENDA_PAGE)),
                               pln_meeting_find_agenda_item (meeting, item_note.item_id));
  notes = find_notes (window, PLN_TYPE_AGENDA_PAGE);
  type_note (notes, &item_note);
  if (g_getenv ("PLN_SCREENSHOT_DIR") != NULL)
    {
      g_assert_true (pln_test_wait_painted (GTK_WIDGET (window), 10000));
      pln_test_save_screenshot (GTK_WIDGET (window), "subscription-notes.png");
    }

  /* The text view's own undo takes the typing back, and that is saved. */
  item_note.text = "";
  gtk_widget_activate_action (GTK_WIDGET (pln_notes_group_get_view (notes)), "text.undo", NULL);
  g_assert_true (pln_test_wait_until (note_saved, &(Note) { subscription, item_note.item_id, NULL }, 10000));

  /* Back on the Overview, the meeting's note is there. */
  pln_window_show_meeting (window, meeting, "overview");
  notes = find_notes (window, PLN_TYPE_OVERVIEW_PAGE);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (pln_notes_group_get_view (notes));
    g_autofree char *text = NULL;
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, meeting_note.text);
  }

  pln_test_dump_folder (g_file_peek_path (cache), after);
  g_assert_cmpmem (before->str, before->len, after->str, after->len);
}

static gboolean
is_subscribed (gpointer user_data)
{
  PlnWindow *window = user_data;
  PlnWorkspace *workspace = pln_window_get_workspace (window);

  return pln_application_get_subscription (app) != NULL && workspace != NULL &&
         pln_workspace_is_read_only (workspace);
}

static gboolean
shows_editable (gpointer user_data)
{
  PlnWorkspace *workspace = pln_window_get_workspace (user_data);

  return workspace != NULL && !pln_workspace_is_read_only (workspace);
}

static gboolean
folder_gone (gpointer subscription)
{
  return !g_file_query_exists (pln_subscription_get_folder (subscription), NULL);
}

static void
test_subscribe (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autofree char *folder = pln_test_make_folder ();
  g_autofree char *published = g_build_filename (folder, "published", NULL);
  g_autofree char *missing = NULL;
  g_autofree char *error = NULL;
  g_autofree char *nowhere = NULL;
  g_autofree char *id = NULL;
  g_autoptr(PlnTestHttp) http = NULL;
  g_autoptr(GFile) non_paper = NULL;
  g_autoptr(GString) before = g_string_new (NULL);
  g_autoptr(GString) after = g_string_new (NULL);
  PlnSubscriptions *list;
  PlnSubscription *subscription;
  PlnWindow *window;

  if (!pln_test_http_available (&missing))
    {
      g_test_skip (missing);
      return;
    }

  g_assert_cmpint (g_mkdir_with_parents (published, 0755), ==, 0);
  pln_test_publish (workspace, published);
  http = pln_test_http_new (published);
  pln_test_http_start (http);

  g_application_activate (G_APPLICATION (app));
  g_assert_true (pln_test_wait_until (window_shown, NULL, 10000));
  window = PLN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  list = pln_application_get_subscriptions (app);
  _pln_application_set_launcher (app, record_launch, NULL);

  /* What gives no public edition is refused, naming why; nothing added. */
  error = subscribe ("ftp://127.0.0.1/");
  g_assert_nonnull (strstr (error, "not an address Plenary can subscribe to"));
  g_clear_pointer (&error, g_free);
  nowhere = g_strconcat (pln_test_http_get_url (http), "/nothing-here", NULL);
  error = subscribe (nowhere);
  g_assert_nonnull (strstr (error, "404"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  /* The secretariat's address: its copy, read-only, saying who publishes. */
  g_assert_null (subscribe (pln_test_http_get_url (http)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_true (pln_test_wait_until (is_subscribed, window, 10000));
  wait_banner (window, "Published by UNODC Secretariat");
  subscription = pln_application_get_subscription (app);
  pln_subscription_set_interval (subscription, 200, 1600);

  /* The menu lists it, to switch to it and to unsubscribe; Refresh Now. */
  {
    GMenuModel *menu = G_MENU_MODEL (window->subscriptions_menu);
    g_autofree char *label = NULL;
    g_autofree char *target = NULL;

    g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
    g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
    g_assert_cmpstr (label, ==, "UNODC Secretariat");
    g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_TARGET, "s", &target));
    g_assert_cmpstr (target, ==, pln_subscription_get_id (subscription));
    g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "refresh-subscription"));
  }
  pln_test_dump_folder (published, before);

  /* A new non-paper: a notification, whose action opens the copy. */
  pln_test_share_day (workspace, MEETING, 0);
  pln_test_publish (workspace, published);
  g_string_truncate (before, 0);
  pln_test_dump_folder (published, before);
  id = g_strconcat (pln_subscription_get_id (subscription), ":" NON_PAPER, NULL);
  g_assert_true (pln_test_wait_until (notified, id, 30000));
  g_assert_true (pln_test_wait_until (shown_notification, (gpointer) TITLE, 10000));
  g_assert_cmpuint (server.summaries->len, ==, 1);
  non_paper = pln_subscription_get_document_file (subscription, NON_PAPER);
  g_assert_true (g_file_query_exists (non_paper, NULL));
  {
    g_autofree char *uri = g_file_get_uri (non_paper);

    server_click (1);
    g_assert_true (pln_test_wait_until (launched_is, uri, 10000));
  }

  /* A changed agenda: a notification too, left unclicked. */
  pln_agenda_item_set_title (pln_meeting_find_agenda_item (pln_workspace_find_meeting (workspace, MEETING),
                                                           "m-wg-7-2022-i2"),
                             "Item 2 as retitled");
  pln_test_publish (workspace, published);
  g_string_truncate (before, 0);
  pln_test_dump_folder (published, before);
  g_assert_true (pln_test_wait_until (shown_notification, (gpointer) AGENDA_TITLE, 30000));
  g_assert_cmpuint (server.summaries->len, ==, 2);

  /* The server stops: the copy stays, the banner says since when. */
  pln_test_http_stop (http);
  wait_banner (window, "Offline since");
  g_assert_nonnull (strstr (gtk_label_get_text (window->banner_label), "showing the copy of"));
  g_assert_true (pln_workspace_is_read_only (pln_window_get_workspace (window)));
  if (g_getenv ("PLN_SCREENSHOT_DIR") != NULL)
    {
      g_assert_true (pln_test_wait_painted (GTK_WIDGET (window), 10000));
      pln_test_save_screenshot (GTK_WIDGET (window), "subscription-offline.png");
    }

  /* Back: the banner of a current copy. */
  pln_test_http_start (http);
  wait_banner (window, "Published by UNODC Secretariat");

  /* Edits attempted are never written to the server. */
  pln_workspace_set_title (pln_window_get_workspace (window), "Edited by a delegate");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (pln_test_wait_idle (5000));
  pln_test_dump_folder (published, after);
  g_assert_cmpuint (before->len, ==, after->len);
  g_assert_cmpmem (before->str, before->len, after->str, after->len);

  /* The delegation's notes, on the meeting and on an item: saved as
   * typed beside the copy, the copy and the server's folder untouched. */
  type_notes (window, subscription);
  g_string_truncate (after, 0);
  pln_test_dump_folder (published, after);
  g_assert_cmpmem (before->str, before->len, after->str, after->len);

  /* Unsubscribing: its notifications withdrawn, its copy gone, the
   * delegation's own workspace open. */
  g_object_ref (subscription);
  g_action_group_activate_action (G_ACTION_GROUP (app), "unsubscribe",
                                  g_variant_new_string (pln_subscription_get_id (subscription)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_false (notified (id));
  /* The agenda's, still shown, is withdrawn; the non-paper's was clicked. */
  g_assert_true (pln_test_wait_until (closed_one, NULL, 10000));
  g_assert_true (pln_test_wait_until (folder_gone, subscription, 10000));
  g_assert_true (pln_test_wait_until (shows_editable, window, 10000));
  g_assert_null (pln_application_get_subscription (app));
  g_object_unref (subscription);
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
  server_start ();

  g_test_add_func ("/subscribe-window/subscribe", test_subscribe);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
