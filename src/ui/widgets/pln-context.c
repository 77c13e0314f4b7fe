/* pln-context.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-context"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-context.h"

/* What every page needs from the application, given to it rather than
 * found by walking up the widget tree: the store (and through it the
 * workspace), the settings, the clock, toasts and the undo queue.
 *
 * Toasts are shown by whoever listens to "toast" (the window). Edits that
 * can be undone are kept newest first; Ctrl+Z (pln_context_undo()) and the
 * Undo button of an edit's toast revert it. The queue is emptied when
 * another workspace is opened, whose objects the edits do not refer to. */

#define MAX_UNDO 50

typedef struct
{
  PlnContext     *context;    /* unowned: the context owns the edit */
  PlnUndoFunc     undo;
  gpointer        user_data;
  GDestroyNotify  destroy;
  AdwToast       *toast;      /* weak */
} UndoEdit;

struct _PlnContext
{
  GObject       parent_instance;

  GApplication *application;
  GSettings    *settings;
  PlnStore     *store;
  PlnSubscription *subscription; /* whose copy the store is, or NULL */
  PlnCompendium *compendium;   /* of the store's workspace, once asked for */
  GQueue        undo;         /* of UndoEdit, newest first */
  PlnNowFunc    now;
  gpointer      now_data;
};

G_DEFINE_FINAL_TYPE (PlnContext, pln_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_APPLICATION,
  PROP_SETTINGS,
  PROP_STORE,
  PROP_WORKSPACE,
  PROP_N_UNDO,
  PROP_SUBSCRIPTION,
  N_PROPS
};

enum {
  TOAST,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
undo_edit_free (UndoEdit *edit)
{
  if (edit->destroy != NULL)
    edit->destroy (edit->user_data);
  if (edit->toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (edit->toast, edit);
      g_clear_weak_pointer (&edit->toast);
    }
  g_free (edit);
}

static void
clear_undo (PlnContext *self)
{
  if (self->undo.length == 0)
    return;

  g_queue_clear_full (&self->undo, (GDestroyNotify) undo_edit_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_UNDO]);
}

/* Takes @edit out of the queue and reverts it. */
static void
run_undo (PlnContext *self,
          UndoEdit   *edit)
{
  g_queue_remove (&self->undo, edit);
  edit->undo (edit->user_data);
  if (edit->toast != NULL)
    adw_toast_dismiss (edit->toast);
  undo_edit_free (edit);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_UNDO]);
}

static void
undo_clicked_cb (AdwToast *toast,
                 UndoEdit *edit)
{
  run_undo (edit->context, edit);
}

static void
store_workspace_changed_cb (PlnContext *self)
{
  clear_undo (self);
  /* Told again of the same workspace (saved elsewhere): the index stays. */
  if (self->compendium != NULL && pln_compendium_get_workspace (self->compendium) != pln_context_get_workspace (self))
    g_clear_object (&self->compendium);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WORKSPACE]);
}

static void
pln_context_dispose (GObject *object)
{
  PlnContext *self = PLN_CONTEXT (object);

  clear_undo (self);
  pln_context_set_store (self, NULL);
  g_clear_object (&self->compendium);
  g_clear_object (&self->subscription);
  g_clear_object (&self->settings);
  g_clear_object (&self->application);

  G_OBJECT_CLASS (pln_context_parent_class)->dispose (object);
}

static void
pln_context_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PlnContext *self = PLN_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_value_set_object (value, self->application);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_WORKSPACE:
      g_value_set_object (value, pln_context_get_workspace (self));
      break;

    case PROP_N_UNDO:
      g_value_set_uint (value, self->undo.length);
      break;

    case PROP_SUBSCRIPTION:
      g_value_set_object (value, self->subscription);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_context_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PlnContext *self = PLN_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      self->application = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_STORE:
      pln_context_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_context_class_init (PlnContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pln_context_dispose;
  object_class->get_property = pln_context_get_property;
  object_class->set_property = pln_context_set_property;

  properties [PROP_APPLICATION] =
    g_param_spec_object ("application", NULL, NULL,
                         G_TYPE_APPLICATION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PLN_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         PLN_TYPE_WORKSPACE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_N_UNDO] =
    g_param_spec_uint ("n-undo", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /* The subscription whose copy is open: its delegation's notes are
   * shown beside the meeting and its items. */
  properties [PROP_SUBSCRIPTION] =
    g_param_spec_object ("subscription", NULL, NULL,
                         PLN_TYPE_SUBSCRIPTION,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlnContext::toast:
   * @toast: the toast to show
   *
   * A page has something to say; the window shows it.
   */
  signals [TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);
}

static void
pln_context_init (PlnContext *self)
{
  g_queue_init (&self->undo);
}

/**
 * pln_context_new:
 * @application: (nullable): for notifications
 * @settings: (nullable): the application's settings
 */
PlnContext *
pln_context_new (GApplication *application,
                 GSettings    *settings)
{
  return g_object_new (PLN_TYPE_CONTEXT,
                       "application", application,
                       "settings", settings,
                       NULL);
}

/**
 * pln_context_get_application:
 *
 * Returns: (transfer none) (nullable): the application
 */
GApplication *
pln_context_get_application (PlnContext *self)
{
  g_return_val_if_fail (PLN_IS_CONTEXT (self), NULL);

  return self->application;
}

/**
 * pln_context_get_settings:
 *
 * Returns: (transfer none) (nullable): the application's settings
 */
GSettings *
pln_context_get_settings (PlnContext *self)
{
  g_return_val_if_fail (PLN_IS_CONTEXT (self), NULL);

  return self->settings;
}

/**
 * pln_context_get_store:
 *
 * Returns: (transfer none) (nullable): the store of the open workspace
 */
PlnStore *
pln_context_get_store (PlnContext *self)
{
  g_return_val_if_fail (PLN_IS_CONTEXT (self), NULL);

  return self->store;
}

void
pln_context_set_store (PlnContext *self,
                       PlnStore   *store)
{
  g_return_if_fail (PLN_IS_CONTEXT (self));
  g_return_if_fail (store == NULL || PLN_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_workspace_changed_cb, self);
  g_set_object (&self->store, store);
  if (self->store != NULL)
    g_signal_connect_object (self->store, "notify::workspace",
                             G_CALLBACK (store_workspace_changed_cb), self, G_CONNECT_SWAPPED);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
  store_workspace_changed_cb (self);
}

/**
 * pln_context_get_subscription:
 *
 * Returns: (transfer none) (nullable): the subscription whose copy is open
 */
PlnSubscription *
pln_context_get_subscription (PlnContext *self)
{
  g_return_val_if_fail (PLN_IS_CONTEXT (self), NULL);

  return self->subscription;
}

void
pln_context_set_subscription (PlnContext      *self,
                              PlnSubscription *subscription)
{
  g_return_if_fail (PLN_IS_CONTEXT (self));

  if (g_set_object (&self->subscription, subscription))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUBSCRIPTION]);
}

/**
 * pln_context_get_workspace:
 *
 * Returns: (transfer none) (nullable): the open workspace, once loaded
 */
PlnWorkspace *
pln_context_get_workspace (PlnContext *self)
{
  g_return_val_if_fail (PLN_IS_CONTEXT (self), NULL);

  return self->store != NULL ? pln_store_get_workspace (self->store) : NULL;
}

/**
 * pln_context_get_compendium:
 *
 * The compendium of the open workspace, one for every view that needs
 * it (the compendium view, the earlier recommendations of the
 * Recommendations page), so its index is built once and kept current.
 * It is not built yet: see pln_compendium_build_in_idle().
 *
 * Returns: (transfer none) (nullable): the compendium, or %NULL without
 *   a workspace
 */
PlnCompendium *
pln_context_get_compendium (PlnContext *self)
{
  PlnWorkspace *workspace;

  g_return_val_if_fail (PLN_IS_CONTEXT (self), NULL);

  workspace = pln_context_get_workspace (self);
  if (self->compendium != NULL && pln_compendium_get_workspace (self->compendium) != workspace)
    g_clear_object (&self->compendium);
  if (self->compendium == NULL && workspace != NULL)
    self->compendium = pln_compendium_new (workspace);

  return self->compendium;
}

/**
 * pln_context_dup_now:
 *
 * Returns: (transfer full): the time it is now, in local time; tests set
 *   the clock with pln_context_set_clock()
 */
GDateTime *
pln_context_dup_now (PlnContext *self)
{
  g_return_val_if_fail (PLN_IS_CONTEXT (self), NULL);

  if (self->now != NULL)
    return self->now (self->now_data);
  return g_date_time_new_now_local ();
}

/**
 * pln_context_set_clock:
 * @now: (nullable): what pln_context_dup_now() calls, or %NULL for the
 *   system's clock
 */
void
pln_context_set_clock (PlnContext *self,
                       PlnNowFunc  now,
                       gpointer    user_data)
{
  g_return_if_fail (PLN_IS_CONTEXT (self));

  self->now = now;
  self->now_data = user_data;
}

/**
 * pln_context_add_toast:
 * @toast: (transfer full): what to say
 */
void
pln_context_add_toast (PlnContext *self,
                       AdwToast   *toast)
{
  g_autoptr(AdwToast) owned = toast;

  g_return_if_fail (PLN_IS_CONTEXT (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_signal_emit (self, signals [TOAST], 0, owned);
}

static UndoEdit *
push_undo (PlnContext     *self,
           PlnUndoFunc     undo,
           gpointer        user_data,
           GDestroyNotify  destroy)
{
  UndoEdit *edit = g_new0 (UndoEdit, 1);

  edit->context = self;
  edit->undo = undo;
  edit->user_data = user_data;
  edit->destroy = destroy;
  g_queue_push_head (&self->undo, edit);
  if (self->undo.length > MAX_UNDO)
    undo_edit_free (g_queue_pop_tail (&self->undo));

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_UNDO]);
  return edit;
}

/**
 * pln_context_add_undo:
 * @title: what was done, e.g. "Meeting removed"
 * @undo: reverts it
 * @user_data: data for @undo, owned by the queue
 * @destroy: (nullable): frees @user_data once the edit can no longer be
 *   undone
 *
 * Keeps an edit that can be undone, newest first, and shows a toast with
 * an Undo button for it: the way Plenary offers to revert a destructive
 * edit.
 */
void
pln_context_add_undo (PlnContext     *self,
                      const char     *title,
                      PlnUndoFunc     undo,
                      gpointer        user_data,
                      GDestroyNotify  destroy)
{
  UndoEdit *edit;
  AdwToast *toast;

  g_return_if_fail (PLN_IS_CONTEXT (self));
  g_return_if_fail (title != NULL);
  g_return_if_fail (undo != NULL);

  /* The edit may fall off the end of a full queue while the toast is
   * shown: the toast only knows it weakly, through the edit. */
  edit = push_undo (self, undo, user_data, destroy);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_set_weak_pointer (&edit->toast, toast);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), edit);

  pln_context_add_toast (self, toast);
}

/**
 * pln_context_push_undo:
 * @undo: reverts the edit
 * @user_data: data for @undo, owned by the queue
 * @destroy: (nullable): frees @user_data once the edit can no longer be
 *   undone
 *
 * Keeps an edit that Ctrl+Z can revert, in the same queue as those of
 * pln_context_add_undo(), without a toast: for small edits (a cell typed
 * in) that would otherwise cover the window with toasts.
 */
void
pln_context_push_undo (PlnContext     *self,
                       PlnUndoFunc     undo,
                       gpointer        user_data,
                       GDestroyNotify  destroy)
{
  g_return_if_fail (PLN_IS_CONTEXT (self));
  g_return_if_fail (undo != NULL);

  push_undo (self, undo, user_data, destroy);
}

/**
 * pln_context_undo:
 *
 * Reverts the newest edit that can be undone.
 *
 * Returns: whether there was one
 */
gboolean
pln_context_undo (PlnContext *self)
{
  g_return_val_if_fail (PLN_IS_CONTEXT (self), FALSE);

  if (self->undo.length == 0)
    return FALSE;

  run_undo (self, g_queue_peek_head (&self->undo));
  return TRUE;
}

guint
pln_context_get_n_undo (PlnContext *self)
{
  g_return_val_if_fail (PLN_IS_CONTEXT (self), 0);

  return self->undo.length;
}

/**
 * pln_context_send_notification:
 *
 * Sends a desktop notification through the application, if there is one.
 */
void
pln_context_send_notification (PlnContext    *self,
                               const char    *id,
                               GNotification *notification)
{
  g_return_if_fail (PLN_IS_CONTEXT (self));
  g_return_if_fail (G_IS_NOTIFICATION (notification));

  if (self->application != NULL)
    g_application_send_notification (self->application, id, notification);
}

/* A removal from one of the model's lists, to put back where it was. */
typedef struct
{
  GListStore *list;
  GObject    *item;
  guint       position;
} Removal;

static void
removal_free (gpointer data)
{
  Removal *removal = data;

  g_clear_object (&removal->list);
  g_clear_object (&removal->item);
  g_free (removal);
}

static void
undo_removal (gpointer data)
{
  Removal *removal = data;
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (removal->list));

  g_list_store_insert (removal->list, MIN (removal->position, n_items), removal->item);
}

/**
 * pln_context_remove_with_undo:
 * @self: (nullable): the context, or %NULL to remove without Undo
 * @list: one of the model's lists (a #GListStore)
 * @item: what to remove from it
 * @title: the toast's words, e.g. "Document removed"
 *
 * Removes @item from @list, with a toast whose Undo (or Ctrl+Z) puts it
 * back at its place: the one way a page removes something from the model.
 *
 * Returns: whether @item was in @list
 */
gboolean
pln_context_remove_with_undo (PlnContext *self,
                              GListModel *list,
                              gpointer    item,
                              const char *title)
{
  Removal *removal;
  guint position;

  g_return_val_if_fail (self == NULL || PLN_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (G_IS_LIST_STORE (list), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (item), FALSE);

  if (!g_list_store_find (G_LIST_STORE (list), item, &position))
    return FALSE;

  removal = g_new0 (Removal, 1);
  removal->list = g_object_ref (G_LIST_STORE (list));
  removal->item = g_object_ref (item);
  removal->position = position;
  g_list_store_remove (removal->list, position);

  if (self != NULL)
    pln_context_add_undo (self, title, undo_removal, removal, removal_free);
  else
    removal_free (removal);
  return TRUE;
}

typedef struct
{
  GListStore *list;
  GObject    *item;
} Insertion;

static void
insertion_free (gpointer data)
{
  Insertion *insertion = data;

  g_object_unref (insertion->list);
  g_object_unref (insertion->item);
  g_free (insertion);
}

static void
undo_insertion (gpointer data)
{
  Insertion *insertion = data;

  pln_object_list_remove (insertion->list, insertion->item);
}

/**
 * pln_context_add_insertion_undo:
 * @self: (nullable): the context, or %NULL for no Undo
 * @list: one of the model's lists (a #GListStore) @item was just added to
 * @title: (nullable): the toast's words, e.g. "Added to the compendium";
 *   %NULL for Ctrl+Z without a toast
 *
 * Makes the addition of @item undoable: Undo takes it out of @list.
 */
void
pln_context_add_insertion_undo (PlnContext *self,
                                GListModel *list,
                                gpointer    item,
                                const char *title)
{
  Insertion *insertion;

  g_return_if_fail (self == NULL || PLN_IS_CONTEXT (self));
  g_return_if_fail (G_IS_LIST_STORE (list));

  if (self == NULL)
    return;

  insertion = g_new0 (Insertion, 1);
  insertion->list = G_LIST_STORE (g_object_ref (list));
  insertion->item = g_object_ref (item);
  if (title != NULL)
    pln_context_add_undo (self, title, undo_insertion, insertion, insertion_free);
  else
    pln_context_push_undo (self, undo_insertion, insertion, insertion_free);
}
