/* pln-window-subscriptions.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-application.h"
#include "pln-window-private.h"

/* The window of a subscribed workspace: the banner says whether the copy
 * is current or, offline, since when it could not be refreshed; a new copy
 * replaces the workspace shown, on the meeting and page that were shown;
 * the menu lists the subscriptions, to switch between them and to
 * unsubscribe. */

static PlnApplication *
get_app (PlnWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app != NULL ? PLN_APPLICATION (app) : NULL;
}

/* The open subscription, when the workspace shown is its copy. */
static PlnSubscription *
shown_subscription (PlnWindow *self)
{
  PlnApplication *app = get_app (self);

  return app != NULL ? pln_application_get_subscription (app) : NULL;
}

/**
 * _pln_window_dup_subscription_banner:
 * @workspace: the public edition shown
 *
 * Returns: (nullable): what the banner says of a subscription that could
 *   not be refreshed, or %NULL when its copy is current (or there is none)
 */
char *
_pln_window_dup_subscription_banner (PlnWindow    *self,
                                     PlnWorkspace *workspace)
{
  PlnSubscription *subscription = shown_subscription (self);
  GDateTime *since = subscription != NULL ? pln_subscription_get_offline_since (subscription) : NULL;
  GDateTime *published = pln_workspace_get_published (workspace);
  g_autoptr(GDateTime) local = published != NULL ? g_date_time_to_local (published) : NULL;
  g_autofree char *when = local != NULL ? g_date_time_format (local, "%x %H:%M") : g_strdup ("—");
  const char *publisher;

  if (subscription == NULL)
    return NULL;
  publisher = pln_workspace_get_publisher (workspace) ?: pln_subscription_get_title (subscription);

  if (since != NULL)
    {
      g_autoptr(GDateTime) since_local = g_date_time_to_local (since);
      g_autofree char *time = g_date_time_format (since_local, "%H:%M");

      /* Translators: the time the server was last reached, e.g. "14:32"; the
       * date and time of the copy shown; who publishes it */
      return g_strdup_printf (_("Offline since %s — showing the copy of %s published by %s."),
                              time, when, publisher);
    }

  if (pln_subscription_get_state (subscription) == PLN_SUBSCRIPTION_ERROR)
    /* Translators: who publishes, the date and time of the copy shown, then why it could not be refreshed */
    return g_strdup_printf (_("Published by %s, copy of %s. It could not be refreshed: %s"),
                            publisher, when, pln_subscription_get_error_message (subscription));

  return NULL;
}

/* ------------------------------------------------------------ a new copy */

typedef struct
{
  GWeakRef  window;
  char     *meeting_id;  /* (nullable): the meeting shown */
  char     *page;        /* (nullable): its page shown */
} Reload;

static void
reload_free (Reload *reload)
{
  g_weak_ref_clear (&reload->window);
  g_free (reload->meeting_id);
  g_free (reload->page);
  g_free (reload);
}

static void
reloaded_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Reload *reload = user_data;
  g_autoptr(PlnWindow) self = g_weak_ref_get (&reload->window);
  g_autoptr(GError) error = NULL;
  PlnWorkspace *workspace;
  PlnMeeting *meeting;

  if (!pln_store_load_finish (PLN_STORE (object), result, &error))
    g_message ("The new copy could not be read: %s", error->message);

  workspace = pln_store_get_workspace (PLN_STORE (object));
  if (self != NULL && reload->meeting_id != NULL && workspace != NULL)
    {
      meeting = pln_workspace_find_meeting (workspace, reload->meeting_id);
      if (meeting != NULL)
        pln_window_show_meeting (self, meeting, reload->page);
      else
        _pln_window_leave_meeting_page (self);
    }

  reload_free (reload);
}

/* The subscription brought a new copy: read it in a worker, and show the
 * same meeting and page of it. */
static void
subscription_updated_cb (PlnWindow *self)
{
  g_autoptr(PlnStore) store = _pln_window_dup_store (self);
  PlnMeeting *meeting = _pln_window_get_shown_meeting (self);
  Reload *reload;

  if (store == NULL)
    return;

  reload = g_new0 (Reload, 1);
  g_weak_ref_init (&reload->window, self);
  if (meeting != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "meeting") == 0)
    {
      reload->meeting_id = g_strdup (pln_meeting_get_id (meeting));
      reload->page = g_strdup (adw_view_stack_get_visible_child_name (pln_meeting_page_get_stack (self->meeting_page)));
    }
  pln_store_load_async (store, NULL, reloaded_cb, reload);
}

/* ------------------------------------------------------------ the menu */

static void
update_menu (PlnWindow *self)
{
  PlnApplication *app = get_app (self);
  PlnSubscriptions *list = app != NULL ? pln_application_get_subscriptions (app) : NULL;
  PlnSubscription *open = shown_subscription (self);
  guint n = list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (list)) : 0;

  g_menu_remove_all (self->subscriptions_menu);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnSubscription) subscription = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autoptr(GMenuItem) item = g_menu_item_new (pln_subscription_get_title (subscription), NULL);

      g_menu_item_set_action_and_target (item, "app.open-subscription", "s", pln_subscription_get_id (subscription));
      g_menu_append_item (self->subscriptions_menu, item);
    }

  if (n == 0)
    /* An item with no action: shown, and insensitive. */
    g_menu_append (self->subscriptions_menu, _("No Subscriptions"), NULL);

  if (open != NULL)
    {
      g_autoptr(GMenu) section = g_menu_new ();
      g_autoptr(GMenuItem) item = NULL;
      /* Translators: %s is who publishes what the user is subscribed to */
      g_autofree char *label = g_strdup_printf (_("Unsubscribe from %s"), pln_subscription_get_title (open));

      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "app.unsubscribe", "s", pln_subscription_get_id (open));
      g_menu_append_item (section, item);
      g_menu_append_section (self->subscriptions_menu, NULL, G_MENU_MODEL (section));
    }
}

static void
subscription_changed_cb (PlnWindow *self)
{
  g_signal_group_set_target (self->subscription_signals, shown_subscription (self));
  pln_context_set_subscription (self->context, shown_subscription (self));
  update_menu (self);
  _pln_window_update_state (self);
}

/**
 * _pln_window_init_subscriptions:
 *
 * Follows @app's subscriptions: its list for the menu, the open one for
 * the banner and its new copies.
 */
void
_pln_window_init_subscriptions (PlnWindow      *self,
                                PlnApplication *app)
{
  self->subscription_signals = g_signal_group_new (PLN_TYPE_SUBSCRIPTION);
  g_signal_group_connect_swapped (self->subscription_signals, "notify::state",
                                  G_CALLBACK (_pln_window_update_state), self);
  g_signal_group_connect_swapped (self->subscription_signals, "notify::offline-since",
                                  G_CALLBACK (_pln_window_update_state), self);
  g_signal_group_connect_swapped (self->subscription_signals, "notify::title",
                                  G_CALLBACK (update_menu), self);
  g_signal_group_connect_swapped (self->subscription_signals, "updated",
                                  G_CALLBACK (subscription_updated_cb), self);

  g_signal_connect_object (pln_application_get_subscriptions (app), "items-changed",
                           G_CALLBACK (update_menu), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (app, "notify::subscription",
                           G_CALLBACK (subscription_changed_cb), self, G_CONNECT_SWAPPED);
  subscription_changed_cb (self);
}
