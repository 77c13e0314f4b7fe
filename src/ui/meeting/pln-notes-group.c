/* pln-notes-group.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-notes-group"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-notes-group.h"

/* The delegation's own notes on a meeting or an agenda item of a
 * subscribed workspace: shown only there, saved as they are typed (a
 * moment after the last key) beside the subscription's copy, never
 * published. The text view's own undo (Ctrl+Z) takes typing back. */

/* Saving waits for a pause in typing. */
#define SAVE_DELAY_MS 400

struct _PlnNotesGroup
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  GtkTextView         *text_view;
  GtkLabel            *error_label;

  /* Owned references */
  PlnContext          *context;
  PlnSubscription     *subscription;  /* whose notes are shown */
  char                *meeting_id;
  char                *item_id;
  guint                save_id;
};

G_DEFINE_FINAL_TYPE (PlnNotesGroup, pln_notes_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
show_error (PlnNotesGroup *self,
            const GError  *error)
{
  g_autofree char *text = NULL;

  if (error != NULL)
    /* Translators: %s says why, naming the file */
    text = g_strdup_printf (_("Your notes could not be saved: %s"), error->message);
  gtk_label_set_text (self->error_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
}

/**
 * pln_notes_group_flush:
 *
 * Saves what was typed and not saved yet.
 */
void
pln_notes_group_flush (PlnNotesGroup *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  g_return_if_fail (PLN_IS_NOTES_GROUP (self));

  if (self->save_id == 0)
    return;
  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->subscription == NULL || self->meeting_id == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  pln_subscription_set_note (self->subscription, self->meeting_id, self->item_id, text, &error);
  show_error (self, error);
}

static gboolean
save_cb (gpointer user_data)
{
  PlnNotesGroup *self = user_data;

  pln_notes_group_flush (self);
  return G_SOURCE_REMOVE;
}

static void
buffer_changed_cb (PlnNotesGroup *self)
{
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, save_cb, self);
}

/* Shows the note of the target, or hides the group outside a subscribed
 * workspace. */
static void
reload (PlnNotesGroup *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  PlnSubscription *subscription = self->context != NULL ? pln_context_get_subscription (self->context) : NULL;
  g_autofree char *note = NULL;
  gboolean shown;

  pln_notes_group_flush (self);
  g_set_object (&self->subscription, subscription);
  shown = subscription != NULL && self->meeting_id != NULL;
  if (shown)
    note = pln_subscription_dup_note (subscription, self->meeting_id, self->item_id);

  g_signal_handlers_block_by_func (buffer, buffer_changed_cb, self);
  /* Another note: not something to undo. */
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, note ? note : "", -1);
  gtk_text_buffer_end_irreversible_action (buffer);
  g_signal_handlers_unblock_by_func (buffer, buffer_changed_cb, self);

  show_error (self, NULL);
  gtk_text_view_set_editable (self->text_view, shown);
  gtk_widget_set_visible (GTK_WIDGET (self), shown);
}

/**
 * pln_notes_group_set_target:
 * @meeting_id: (nullable): the meeting
 * @item_id: (nullable): one of its agenda items, or %NULL for the meeting
 */
void
pln_notes_group_set_target (PlnNotesGroup *self,
                            const char    *meeting_id,
                            const char    *item_id)
{
  g_return_if_fail (PLN_IS_NOTES_GROUP (self));

  pln_notes_group_flush (self);
  g_free (self->meeting_id);
  self->meeting_id = g_strdup (meeting_id);
  g_free (self->item_id);
  self->item_id = g_strdup (item_id);
  reload (self);
}

GtkTextView *
pln_notes_group_get_view (PlnNotesGroup *self)
{
  g_return_val_if_fail (PLN_IS_NOTES_GROUP (self), NULL);

  return self->text_view;
}

static void
set_context (PlnNotesGroup *self,
             PlnContext    *context)
{
  if (self->context == context)
    return;

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_func (self->context, reload, self);
  g_set_object (&self->context, context);
  if (context != NULL)
    g_signal_connect_object (context, "notify::subscription", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
}

static void
pln_notes_group_dispose (GObject *object)
{
  PlnNotesGroup *self = PLN_NOTES_GROUP (object);

  pln_notes_group_flush (self);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_func (self->context, reload, self);
  g_clear_object (&self->context);
  g_clear_object (&self->subscription);
  gtk_widget_dispose_template (GTK_WIDGET (self), PLN_TYPE_NOTES_GROUP);

  G_OBJECT_CLASS (pln_notes_group_parent_class)->dispose (object);
}

static void
pln_notes_group_finalize (GObject *object)
{
  PlnNotesGroup *self = PLN_NOTES_GROUP (object);

  g_free (self->meeting_id);
  g_free (self->item_id);

  G_OBJECT_CLASS (pln_notes_group_parent_class)->finalize (object);
}

static void
pln_notes_group_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PlnNotesGroup *self = PLN_NOTES_GROUP (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_notes_group_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PlnNotesGroup *self = PLN_NOTES_GROUP (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_notes_group_class_init (PlnNotesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_notes_group_dispose;
  object_class->finalize = pln_notes_group_finalize;
  object_class->get_property = pln_notes_group_get_property;
  object_class->set_property = pln_notes_group_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         PLN_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-notes-group.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnNotesGroup, text_view);
  gtk_widget_class_bind_template_child (widget_class, PlnNotesGroup, error_label);
}

static void
pln_notes_group_init (PlnNotesGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (self->text_view), TRUE);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->text_view), "changed",
                            G_CALLBACK (buffer_changed_cb), self);
}
