/* pln-store.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-store"

#include "config.h"

#include "pln-enum-types.h"
#include "pln-error.h"
#include "pln-json.h"
#include "pln-meeting.h"
#include "pln-publish.h"
#include "pln-store-private.h"
#include "pln-workspace.h"

/* A workspace file, kept safe:
 *
 *  - saves go through pln_file_write_safely(): the file is replaced only
 *    once the new one is whole and durable, the previous version is kept
 *    as "FILE~", and a failed save (a full disk) changes neither;
 *  - the etag of what was read is compared before the file is replaced,
 *    so a file another program changed since is not overwritten
 *    (PLN_ERROR_CHANGED);
 *  - the file and its backup are readable by their owner only, since they
 *    hold delegates' e-mail addresses;
 *  - a file that cannot be read as a workspace is refused and left as it
 *    is; when its backup can be read, that is offered instead, and the
 *    damaged file is kept aside;
 *  - edits are saved by themselves shortly after they are made; when a
 *    save fails, the edits stay in memory and the next edit (or the user)
 *    tries again.
 */

#define DEFAULT_AUTOSAVE_DELAY_MS 1000

/* How long the meetings' text is written ahead at a time, when nothing
 * else is waiting: well within a frame. */
#define PREPARE_SLICE_US 3000

G_DEFINE_FINAL_TYPE (PlnStore, pln_store, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];

enum {
  PUBLISHED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
publish_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PlnStore) self = user_data;
  g_autoptr(GError) error = NULL;

  pln_publish_calendar_finish (PLN_WORKSPACE (object), result, &error);
  self->publishing = FALSE;
  g_signal_emit (self, signals [PUBLISHED], 0, error);

  if (self->publish_again)
    _pln_store_publish (self);
}

/* After a save that reached the file: the calendar is published when the
 * workspace says so (pln-publish.c), one upload at a time. */
void
_pln_store_publish (PlnStore *self)
{
  self->publish_again = FALSE;
  if (self->workspace == NULL || !pln_workspace_get_publish_enabled (self->workspace))
    return;

  if (self->publishing)
    {
      self->publish_again = TRUE;
      return;
    }

  self->publishing = TRUE;
  pln_publish_calendar_async (self->workspace, NULL, publish_done_cb, g_object_ref (self));
}

void
_pln_store_set_busy (PlnStore *self,
                     gboolean  busy)
{
  if (self->busy == !!busy)
    return;

  self->busy = !!busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

/* Called wherever an edit, a save or a load changes the edit counts:
 * "dirty" is notified only when it changes. */
void
_pln_store_update_dirty (PlnStore *self)
{
  gboolean dirty = pln_store_get_dirty (self);

  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIRTY]);
}

void
_pln_store_set_error (PlnStore     *self,
                      const GError *error)
{
  if (self->error == NULL && error == NULL)
    return;

  g_clear_error (&self->error);
  if (error != NULL)
    self->error = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ERROR]);
}

void
_pln_store_workspace_changed_cb (PlnStore *self)
{
  self->generation++;
  _pln_store_update_dirty (self);
  _pln_store_schedule_autosave (self);
}

char *
_pln_store_display_name (GFile *file)
{
  g_autofree char *parse_name = g_file_get_parse_name (file);

  return g_steal_pointer (&parse_name);
}

static void
autosave_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Failures are in the store's "error" property, which the interface shows. */
  if (!pln_store_save_finish (PLN_STORE (object), result, &error))
    g_debug ("Autosave failed: %s", error->message);
}

static gboolean
autosave_cb (gpointer user_data)
{
  PlnStore *self = user_data;

  self->autosave_source = 0;

  if (self->saving)
    return G_SOURCE_REMOVE;  /* rescheduled when that save finishes */

  _pln_store_autosave_async (self, autosave_done_cb);
  return G_SOURCE_REMOVE;
}

void
_pln_store_schedule_autosave (PlnStore *self)
{
  /* After a concurrent change, nothing is written until the user chooses
   * to reload or to save elsewhere. */
  if (self->error != NULL && g_error_matches (self->error, PLN_ERROR, PLN_ERROR_CHANGED))
    return;

  if (self->autosave_source != 0 || self->autosave_delay == 0)
    return;

  /* A public edition is never written (pln-store-save.c). */
  if (self->workspace != NULL && pln_workspace_is_read_only (self->workspace))
    return;

  self->autosave_source = g_timeout_add (self->autosave_delay, autosave_cb, self);
}

/* After a load, the text of each meeting is written ahead while the main
 * loop is idle, a few meetings at a time, so that the first save (the
 * first autosave after an edit) writes only what that edit changed. */
static gboolean
prepare_cb (gpointer user_data)
{
  PlnStore *self = user_data;
  GListModel *meetings = pln_workspace_get_meetings (self->workspace);
  gint64 deadline = g_get_monotonic_time () + PREPARE_SLICE_US;

  while (self->prepare_position < g_list_model_get_n_items (meetings))
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, self->prepare_position++);

      if (pln_json_prepare_meeting (meeting) && g_get_monotonic_time () > deadline)
        return G_SOURCE_CONTINUE;
    }

  self->prepare_source = 0;
  return G_SOURCE_REMOVE;
}

static void
start_preparing (PlnStore *self)
{
  self->prepare_position = 0;
  if (self->workspace == NULL || self->prepare_source != 0)
    return;

  self->prepare_source = g_idle_add_full (G_PRIORITY_LOW, prepare_cb, self, NULL);
}

/* The pspecs stay here; the load and save halves notify through this. */
void
_pln_store_notify (PlnStore *self,
                   guint     prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

static void
pln_store_dispose (GObject *object)
{
  PlnStore *self = PLN_STORE (object);

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_handle_id (&self->prepare_source, g_source_remove);
  g_clear_handle_id (&self->retry_source, g_source_remove);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, _pln_store_workspace_changed_cb, self);
  g_clear_object (&self->workspace);
  _pln_store_track_edits (self, NULL);
  g_clear_object (&self->merge);

  G_OBJECT_CLASS (pln_store_parent_class)->dispose (object);
}

static void
pln_store_finalize (GObject *object)
{
  PlnStore *self = PLN_STORE (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->base, pln_json_snapshot_unref);
  g_clear_error (&self->error);
  g_clear_object (&self->recovery);
  g_clear_pointer (&self->recovery_time, g_date_time_unref);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->offline_since, g_date_time_unref);

  G_OBJECT_CLASS (pln_store_parent_class)->finalize (object);
}

static void
pln_store_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PlnStore *self = PLN_STORE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, pln_store_get_dirty (self));
      break;

    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;

    case PROP_RECOVERABLE:
      g_value_set_boolean (value, self->recovery != NULL);
      break;

    case PROP_MERGE:
      g_value_set_object (value, self->merge);
      break;

    case PROP_AUTHOR:
      g_value_set_string (value, pln_store_get_author (self));
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_OFFLINE_SINCE:
      g_value_set_boxed (value, self->offline_since);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_store_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PlnStore *self = PLN_STORE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;

    case PROP_AUTHOR:
      pln_store_set_author (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_store_class_init (PlnStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pln_store_dispose;
  object_class->finalize = pln_store_finalize;
  object_class->get_property = pln_store_get_property;
  object_class->set_property = pln_store_set_property;

  properties [PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         PLN_TYPE_WORKSPACE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * PlnStore:busy:
   *
   * Whether the file is being read or written in a worker thread.
   */
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * PlnStore:dirty:
   *
   * Whether there are edits not yet on disk.
   */
  properties [PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL,
                        G_TYPE_ERROR,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * PlnStore:recoverable:
   *
   * Whether the file could not be read but its backup can.
   */
  properties [PROP_RECOVERABLE] =
    g_param_spec_boolean ("recoverable", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * PlnStore:merge:
   *
   * The conflicts with another program's changes that wait for a choice
   * (pln_store_get_merge()).
   */
  properties [PROP_MERGE] =
    g_param_spec_object ("merge", NULL, NULL,
                         PLN_TYPE_MERGE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * PlnStore:author:
   *
   * The name each save records on the objects it changed; empty for the
   * user's real name (pln_author_get_default()).
   */
  properties [PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * PlnStore:state:
   *
   * Whether the file is reached, or its server cannot be and the edits
   * are kept in a local copy (pln-store-offline.c).
   */
  properties [PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       PLN_TYPE_STORE_STATE,
                       PLN_STORE_STATE_ONLINE,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties [PROP_OFFLINE_SINCE] =
    g_param_spec_boxed ("offline-since", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlnStore::published:
   * @error: (nullable): why the calendar could not be published
   *
   * The calendar was published after a save, or could not be.
   */
  signals [PUBLISHED] =
    g_signal_new ("published",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
pln_store_init (PlnStore *self)
{
  self->autosave_delay = DEFAULT_AUTOSAVE_DELAY_MS;
  _pln_store_init_offline (self);
}

/**
 * pln_store_get_default_file:
 *
 * Returns: (transfer full): the workspace Plenary opens by default,
 *   `$XDG_DATA_HOME/plenary/workspace.json`
 */
GFile *
pln_store_get_default_file (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "plenary", "workspace.json", NULL);
}

PlnStore *
pln_store_new (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (PLN_TYPE_STORE, "file", file, NULL);
}

/**
 * pln_store_get_file:
 *
 * Returns: (transfer none): the workspace file
 */
GFile *
pln_store_get_file (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), NULL);

  return self->file;
}

/**
 * pln_store_get_workspace:
 *
 * Returns: (transfer none) (nullable): the workspace, once loaded
 */
PlnWorkspace *
pln_store_get_workspace (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), NULL);

  return self->workspace;
}

gboolean
pln_store_get_busy (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);

  return self->busy;
}

/**
 * pln_store_get_dirty:
 *
 * Returns: whether there are edits not yet on disk
 */
gboolean
pln_store_get_dirty (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);

  return self->generation != self->saved_generation;
}

/**
 * pln_store_get_error:
 *
 * Returns: (nullable): why the last save failed, if it did
 */
const GError *
pln_store_get_error (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), NULL);

  return self->error;
}

guint
pln_store_get_autosave_delay (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), 0);

  return self->autosave_delay;
}

/**
 * pln_store_set_autosave_delay:
 * @milliseconds: how long after the last edit to save; 0 turns autosave off
 */
void
pln_store_set_autosave_delay (PlnStore *self,
                              guint     milliseconds)
{
  g_return_if_fail (PLN_IS_STORE (self));

  self->autosave_delay = milliseconds;
}

/**
 * pln_store_set_workspace:
 *
 * Makes @workspace the store's, to be saved to its file (a new or an
 * imported workspace).
 */
void
pln_store_set_workspace (PlnStore     *self,
                         PlnWorkspace *workspace)
{
  g_return_if_fail (PLN_IS_STORE (self));
  g_return_if_fail (workspace == NULL || PLN_IS_WORKSPACE (workspace));

  g_autoptr(PlnWorkspace) old_workspace = NULL;

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, _pln_store_workspace_changed_cb, self);

  old_workspace = g_steal_pointer (&self->workspace);
  g_set_object (&self->workspace, workspace);
  _pln_store_track_edits (self, old_workspace);

  g_clear_handle_id (&self->prepare_source, g_source_remove);
  if (self->workspace != NULL)
    {
      g_signal_connect_swapped (self->workspace, "changed", G_CALLBACK (_pln_store_workspace_changed_cb), self);
      start_preparing (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WORKSPACE]);
}
