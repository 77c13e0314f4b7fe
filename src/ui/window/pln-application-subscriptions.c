/* pln-application-subscriptions.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-application"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-application-private.h"
#include "pln-compat.h"
#include "pln-subscribe-dialog.h"

/* The delegation's subscriptions to what secretariats publish: the list,
 * read when first needed; the one whose copy is open is refreshed in the
 * background (every five minutes, backing off while offline); a new
 * non-paper or a changed agenda of any of them is a desktop notification
 * (through the portal in the Flatpak) that opens the document. */

/* ------------------------------------------------------------ notifications */

/* "Working Group on the Smuggling of Migrants — Day 1". */
static char *
document_title (PlnSubscription      *subscription,
                PlnPublishedDocument *document)
{
  PlnWorkspace *edition = pln_subscription_get_edition (subscription);
  const char *meeting_id = pln_published_document_get_meeting (document);
  PlnMeeting *meeting = edition != NULL && meeting_id != NULL ? pln_workspace_find_meeting (edition, meeting_id) : NULL;
  PlnWorkingGroup *group = meeting != NULL ? pln_meeting_get_working_group (meeting) : NULL;
  const char *name = group != NULL ? pln_working_group_get_name (group) : pln_subscription_get_title (subscription);
  const GDate *day = pln_published_document_get_day (document);
  int index = meeting != NULL && day != NULL ? pln_meeting_get_day_index (meeting, day) : -1;

  if (pln_published_document_get_kind (document) == PLN_PUBLISHED_KIND_AGENDA)
    /* Translators: %s is a working group's name */
    return g_strdup_printf (_("Changed agenda: %s"), name);
  if (index >= 0)
    /* Translators: a working group's name, then the day of its meeting, as in "Day 1" */
    return g_strdup_printf (_("New non-paper: %s — Day %d"), name, index + 1);
  /* Translators: %s is a working group's name */
  return g_strdup_printf (_("New non-paper: %s"), name);
}

static char *
notification_id (PlnSubscription *subscription,
                 const char      *path)
{
  return g_strconcat (pln_subscription_get_id (subscription), ":", path, NULL);
}

static void
send_notification (PlnApplication       *self,
                   PlnSubscription      *subscription,
                   PlnPublishedDocument *document)
{
  const char *path = pln_published_document_get_path (document);
  g_autofree char *id = notification_id (subscription, path);
  g_autofree char *title = document_title (subscription, document);
  g_autofree char *body = NULL;
  g_autoptr(GNotification) notification = g_notification_new (title);

  /* Translators: %s is who publishes, e.g. "UNODC Secretariat" */
  body = g_strdup_printf (_("Published by %s. Open it to read it."), pln_subscription_get_title (subscription));
  g_notification_set_body (notification, body);
  g_notification_set_default_action_and_target (notification, "app.open-document", "(ss)",
                                                pln_subscription_get_id (subscription), path);
  g_application_send_notification (G_APPLICATION (self), id, notification);
  if (!g_ptr_array_find_with_equal_func (self->notifications, id, g_str_equal, NULL))
    g_ptr_array_add (self->notifications, g_steal_pointer (&id));
}

static void
new_documents_cb (PlnSubscription *subscription,
                  GPtrArray       *documents,
                  PlnApplication  *self)
{
  for (guint i = 0; i < documents->len; i++)
    send_notification (self, subscription, documents->pdata[i]);
}

/* Those of @subscription, when it is unsubscribed from. */
static void
withdraw_notifications (PlnApplication  *self,
                        PlnSubscription *subscription)
{
  g_autofree char *prefix = g_strconcat (pln_subscription_get_id (subscription), ":", NULL);

  for (guint i = self->notifications->len; i > 0; i--)
    if (g_str_has_prefix (self->notifications->pdata[i - 1], prefix))
      {
        g_application_withdraw_notification (G_APPLICATION (self), self->notifications->pdata[i - 1]);
        g_ptr_array_remove_index (self->notifications, i - 1);
      }
}

/* ------------------------------------------------------------ the list */

static void
watch (PlnApplication  *self,
       PlnSubscription *subscription)
{
  g_signal_handlers_disconnect_by_func (subscription, new_documents_cb, self);
  g_signal_connect_object (subscription, "new-documents", G_CALLBACK (new_documents_cb), self, 0);
}

static void
subscriptions_changed_cb (GListModel     *list,
                          guint           position,
                          guint           removed,
                          guint           added,
                          PlnApplication *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(PlnSubscription) subscription = g_list_model_get_item (list, i);

      watch (self, subscription);
    }
}

/**
 * pln_application_get_subscriptions:
 *
 * Returns: (transfer none): the delegation's subscriptions, read from
 *   Plenary's data folder the first time
 */
PlnSubscriptions *
pln_application_get_subscriptions (PlnApplication *self)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PLN_IS_APPLICATION (self), NULL);

  if (self->subscriptions != NULL)
    return self->subscriptions;

  folder = pln_subscriptions_get_default_folder ();
  self->subscriptions = pln_subscriptions_new (folder);
  if (!pln_subscriptions_load (self->subscriptions, &error))
    g_message ("The subscriptions could not be read: %s", error->message);
  g_signal_connect_object (self->subscriptions, "items-changed", G_CALLBACK (subscriptions_changed_cb), self, 0);
  subscriptions_changed_cb (G_LIST_MODEL (self->subscriptions), 0, 0,
                            g_list_model_get_n_items (G_LIST_MODEL (self->subscriptions)), self);
  return self->subscriptions;
}

/**
 * pln_application_get_subscription:
 *
 * Returns: (transfer none) (nullable): the subscription whose copy is open
 */
PlnSubscription *
pln_application_get_subscription (PlnApplication *self)
{
  g_return_val_if_fail (PLN_IS_APPLICATION (self), NULL);

  return self->subscription;
}

/**
 * pln_application_open_subscription:
 *
 * Opens the last copy of @subscription, read-only, and refreshes it in the
 * background while it is open.
 */
void
pln_application_open_subscription (PlnApplication  *self,
                                   PlnSubscription *subscription)
{
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (PLN_IS_APPLICATION (self));
  g_return_if_fail (PLN_IS_SUBSCRIPTION (subscription));

  file = pln_subscription_get_edition_file (subscription);
  pln_application_open_file (self, file);
}

/* The store opened is a subscription's copy, or not: refreshing follows. */
void
_pln_application_follow_store (PlnApplication *self)
{
  PlnSubscription *subscription = NULL;

  if (self->store != NULL)
    subscription = pln_subscriptions_find_by_file (pln_application_get_subscriptions (self),
                                                   pln_store_get_file (self->store));
  if (subscription == self->subscription)
    return;

  if (self->subscription != NULL)
    pln_subscription_stop (self->subscription);
  g_set_object (&self->subscription, subscription);
  if (subscription != NULL)
    pln_subscription_start (subscription);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "refresh-subscription")),
                               subscription != NULL);
  g_object_notify (G_OBJECT (self), "subscription");
}

/* ------------------------------------------------------------ actions */

static PlnSubscription *
find_subscription (PlnApplication *self,
                   GVariant       *parameter)
{
  return pln_subscriptions_find (pln_application_get_subscriptions (self), g_variant_get_string (parameter, NULL));
}

static void
subscribed_cb (PlnSubscribeDialog *dialog,
               PlnSubscription    *subscription,
               PlnApplication     *self)
{
  pln_application_open_subscription (self, subscription);
}

static void
subscribe_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  PlnApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  PlnSubscribeDialog *dialog = pln_subscribe_dialog_new (pln_application_get_subscriptions (self));

  g_signal_connect_object (dialog, "subscribed", G_CALLBACK (subscribed_cb), self, 0);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), window);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_subscription_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  PlnApplication *self = user_data;
  PlnSubscription *subscription = find_subscription (self, parameter);

  if (subscription != NULL)
    pln_application_open_subscription (self, subscription);
}

static void
unsubscribe_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  PlnApplication *self = user_data;
  g_autoptr(PlnSubscription) subscription = find_subscription (self, parameter);
  g_autoptr(GError) error = NULL;

  if (subscription == NULL)
    return;

  /* Its copy is deleted: the delegation's own workspace is opened instead. */
  g_object_ref (subscription);
  if (subscription == self->subscription)
    {
      g_autoptr(GFile) file = pln_store_get_default_file ();

      pln_application_open_file (self, file);
    }
  withdraw_notifications (self, subscription);
  if (!pln_subscriptions_remove (self->subscriptions, subscription, &error))
    g_message ("Could not unsubscribe: %s", error->message);
}

static void
refresh_subscription_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  PlnApplication *self = user_data;

  if (self->subscription != NULL)
    pln_subscription_refresh_async (self->subscription, NULL, NULL, NULL);
}

static void
default_launch (GFile    *file,
                gpointer  user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  pln_open_file (window ? GTK_WIDGET (window) : NULL, file);
}

/* A notification's default action: the copy of the document it names. */
static void
open_document_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  PlnApplication *self = user_data;
  const char *id;
  const char *path;
  PlnSubscription *subscription;
  g_autoptr(GFile) file = NULL;

  g_variant_get (parameter, "(&s&s)", &id, &path);
  subscription = pln_subscriptions_find (pln_application_get_subscriptions (self), id);
  file = subscription != NULL ? pln_subscription_get_document_file (subscription, path) : NULL;
  if (file == NULL || !g_file_query_exists (file, NULL))
    {
      g_message ("No copy of %s to open", path);
      return;
    }

  self->launch (file, self->launch_data);
}

static const GActionEntry subscription_actions[] = {
  { "subscribe", subscribe_action },
  { "open-subscription", open_subscription_action, "s" },
  { "unsubscribe", unsubscribe_action, "s" },
  { "refresh-subscription", refresh_subscription_action },
  { "open-document", open_document_action, "(ss)" },
};

void
_pln_application_init_subscriptions (PlnApplication *self)
{
  self->notifications = g_ptr_array_new_with_free_func (g_free);
  self->launch = default_launch;
  self->launch_data = self;
  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   subscription_actions, G_N_ELEMENTS (subscription_actions),
                                   self);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "refresh-subscription")),
                               FALSE);
}

void
_pln_application_dispose_subscriptions (PlnApplication *self)
{
  if (self->subscription != NULL)
    pln_subscription_stop (self->subscription);
  g_clear_object (&self->subscription);
  g_clear_object (&self->subscriptions);
  g_clear_pointer (&self->notifications, g_ptr_array_unref);
}

void
_pln_application_set_launcher (PlnApplication *self,
                               PlnLaunchFunc   launch,
                               gpointer        user_data)
{
  self->launch = launch;
  self->launch_data = user_data;
}

/* The ids of the notifications sent and not withdrawn. */
GPtrArray *
_pln_application_get_notifications (PlnApplication *self)
{
  return self->notifications;
}
