/* pln-subscribe-dialog.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-subscribe-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-subscribe-dialog.h"

/* "Subscribe to a Secretariat…": an address, checked as it is typed for
 * what can be said without the network, then the first copy fetched (a
 * spinner meanwhile, the dialog still responsive); an address that gives
 * no public edition is said so, and nothing is added. "subscribed" is
 * emitted with the subscription once its first copy is in. */

struct _PlnSubscribeDialog
{
  AdwWindow         parent_instance;

  /* Template widgets */
  AdwEntryRow      *url_row;
  GtkWidget        *subscribe_button;
  GtkWidget        *progress_box;
  GtkSpinner       *spinner;
  GtkLabel         *error_label;

  /* Owned references */
  PlnSubscriptions *subscriptions;
  PlnSubscription  *pending;       /* whose first copy is being fetched */
  GCancellable     *cancellable;
};

G_DEFINE_FINAL_TYPE (PlnSubscribeDialog, pln_subscribe_dialog, ADW_TYPE_WINDOW)

enum {
  SUBSCRIBED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
show_error (PlnSubscribeDialog *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_accessible_update_state (GTK_ACCESSIBLE (self->url_row),
                                 GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
  else
    gtk_accessible_reset_state (GTK_ACCESSIBLE (self->url_row), GTK_ACCESSIBLE_STATE_INVALID);
}

static void
set_busy (PlnSubscribeDialog *self,
          gboolean            busy)
{
  gtk_widget_set_visible (self->progress_box, busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->url_row), !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "subscribe.subscribe", !busy);
}

static void
url_changed_cb (PlnSubscribeDialog *self)
{
  show_error (self, NULL);
}

static void
url_activated_cb (PlnSubscribeDialog *self)
{
  pln_subscribe_dialog_subscribe (self);
}

static void
first_copy_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(PlnSubscribeDialog) self = user_data;
  g_autoptr(PlnSubscription) subscription = g_steal_pointer (&self->pending);
  g_autoptr(GError) error = NULL;

  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  set_busy (self, FALSE);

  if (!pln_subscription_refresh_finish (subscription, result, &error))
    {
      if (pln_subscription_get_state (subscription) == PLN_SUBSCRIPTION_OFFLINE)
        {
          /* Translators: %s says why, e.g. "Could not connect to example.org: Connection refused" */
          g_autofree char *message = g_strdup_printf (_("The address could not be reached: %s"), error->message);

          show_error (self, message);
        }
      else
        show_error (self, error->message);
      return;
    }

  if (!pln_subscriptions_add (self->subscriptions, subscription, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals [SUBSCRIBED], 0, subscription);
  gtk_window_close (GTK_WINDOW (self));
}

/**
 * pln_subscribe_dialog_subscribe:
 *
 * Checks the address and fetches its first copy, in a worker.
 */
void
pln_subscribe_dialog_subscribe (PlnSubscribeDialog *self)
{
  g_autoptr(GError) error = NULL;
  const char *text;

  g_return_if_fail (PLN_IS_SUBSCRIBE_DIALOG (self));

  if (self->pending != NULL)
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (self->url_row));
  self->pending = pln_subscriptions_prepare (self->subscriptions, text, &error);
  if (self->pending == NULL)
    {
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  set_busy (self, TRUE);
  pln_subscription_refresh_async (self->pending, self->cancellable, first_copy_cb, g_object_ref (self));
}

static void
subscribe_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  pln_subscribe_dialog_subscribe (PLN_SUBSCRIBE_DIALOG (widget));
}

static void
pln_subscribe_dialog_dispose (GObject *object)
{
  PlnSubscribeDialog *self = PLN_SUBSCRIBE_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PLN_TYPE_SUBSCRIBE_DIALOG);
  g_clear_object (&self->subscriptions);
  g_clear_object (&self->pending);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (pln_subscribe_dialog_parent_class)->dispose (object);
}

static void
pln_subscribe_dialog_class_init (PlnSubscribeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_subscribe_dialog_dispose;

  /**
   * PlnSubscribeDialog::subscribed:
   * @subscription: added to the list, its first copy in
   */
  signals [SUBSCRIBED] =
    g_signal_new ("subscribed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PLN_TYPE_SUBSCRIPTION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-subscribe-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnSubscribeDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, PlnSubscribeDialog, subscribe_button);
  gtk_widget_class_bind_template_child (widget_class, PlnSubscribeDialog, progress_box);
  gtk_widget_class_bind_template_child (widget_class, PlnSubscribeDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, PlnSubscribeDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, url_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, url_activated_cb);

  gtk_widget_class_install_action (widget_class, "subscribe.subscribe", NULL, subscribe_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pln_subscribe_dialog_init (PlnSubscribeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

PlnSubscribeDialog *
pln_subscribe_dialog_new (PlnSubscriptions *subscriptions)
{
  PlnSubscribeDialog *self;

  g_return_val_if_fail (PLN_IS_SUBSCRIPTIONS (subscriptions), NULL);

  self = g_object_new (PLN_TYPE_SUBSCRIBE_DIALOG, NULL);
  self->subscriptions = g_object_ref (subscriptions);
  return self;
}

void
pln_subscribe_dialog_set_url (PlnSubscribeDialog *self,
                              const char         *url)
{
  g_return_if_fail (PLN_IS_SUBSCRIBE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->url_row), url);
}

/**
 * pln_subscribe_dialog_get_error:
 *
 * Returns: (nullable): what is shown as wrong with the address
 */
const char *
pln_subscribe_dialog_get_error (PlnSubscribeDialog *self)
{
  g_return_val_if_fail (PLN_IS_SUBSCRIBE_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}

/* Whether the first copy is being fetched. */
gboolean
pln_subscribe_dialog_get_busy (PlnSubscribeDialog *self)
{
  g_return_val_if_fail (PLN_IS_SUBSCRIBE_DIALOG (self), FALSE);

  return self->pending != NULL;
}
