/* pln-store.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pln-demo.h"
#include "pln-error.h"
#include "pln-file-io.h"
#include "pln-json.h"
#include "pln-store.h"
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

struct _PlnStore
{
  GObject       parent_instance;

  GFile        *file;
  PlnWorkspace *workspace;
  char         *etag;
  GError       *error;
  PlnWorkspace *recovery;          /* the backup's workspace, when the file is damaged */
  GDateTime    *recovery_time;     /* when that backup was saved */

  guint         autosave_delay;
  guint         autosave_source;
  guint64       generation;        /* counts edits */
  guint64       saved_generation;  /* the edit count of what is on disk */
  guint         saving : 1;
  guint         busy : 1;
};

G_DEFINE_FINAL_TYPE (PlnStore, pln_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_WORKSPACE,
  PROP_BUSY,
  PROP_DIRTY,
  PROP_ERROR,
  PROP_RECOVERABLE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void schedule_autosave (PlnStore *self);

static void
set_busy (PlnStore *self,
          gboolean  busy)
{
  if (self->busy != !!busy)
    {
      self->busy = !!busy;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
    }
}

static void
set_error (PlnStore     *self,
           const GError *error)
{
  if (self->error == NULL && error == NULL)
    return;

  g_clear_error (&self->error);
  if (error != NULL)
    self->error = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ERROR]);
}

static void
set_saved_generation (PlnStore *self,
                      guint64   generation)
{
  gboolean was_dirty = pln_store_get_dirty (self);

  self->saved_generation = generation;
  if (was_dirty != pln_store_get_dirty (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIRTY]);
}

static void
workspace_changed_cb (PlnStore *self)
{
  gboolean was_dirty = pln_store_get_dirty (self);

  self->generation++;
  if (!was_dirty)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIRTY]);

  schedule_autosave (self);
}

static char *
display_name (GFile *file)
{
  g_autofree char *parse_name = g_file_get_parse_name (file);

  return g_steal_pointer (&parse_name);
}

/* Turns GIO's refusal to overwrite a changed file into our own error, with
 * what to do about it. */
static void
translate_save_error (PlnStore  *self,
                      GError   **error)
{
  if (error != NULL && *error != NULL &&
      g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    {
      g_autofree char *name = display_name (self->file);

      g_clear_error (error);
      g_set_error (error, PLN_ERROR, PLN_ERROR_CHANGED,
                   _("“%s” was changed by another program since it was opened. "
                     "Reload it to see those changes, or save your workspace elsewhere."),
                   name);
    }
}

/* What a save writes, prepared on the main thread and written in a
 * worker. */
typedef struct
{
  GFile   *file;
  GBytes  *bytes;
  char    *etag;        /* in: what was read; out: what was written */
  guint64  generation;
} SaveJob;

static void
save_job_free (gpointer data)
{
  SaveJob *job = data;

  g_clear_object (&job->file);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job->etag);
  g_free (job);
}

static gboolean
write_workspace (GFile         *file,
                 GBytes        *bytes,
                 const char    *etag,
                 char         **new_etag,
                 GCancellable  *cancellable,
                 GError       **error)
{
  gsize length;
  const void *data = g_bytes_get_data (bytes, &length);

  return pln_file_write_safely (file, data, length, PLN_WRITE_PRIVATE | PLN_WRITE_BACKUP,
                                etag, new_etag, cancellable, error);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveJob *job = task_data;
  g_autofree char *etag = NULL;
  GError *error = NULL;

  if (!write_workspace (job->file, job->bytes, job->etag, &etag, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_free (job->etag);
  job->etag = g_steal_pointer (&etag);
  g_task_return_boolean (task, TRUE);
}

static void
saved (PlnStore *self,
       char     *etag,
       guint64   generation)
{
  g_free (self->etag);
  self->etag = etag;
  set_saved_generation (self, generation);
  set_error (self, NULL);
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

  pln_store_save_async (self, NULL, autosave_done_cb, NULL);
  return G_SOURCE_REMOVE;
}

static void
schedule_autosave (PlnStore *self)
{
  /* After a concurrent change, nothing is written until the user chooses
   * to reload or to save elsewhere. */
  if (self->error != NULL && g_error_matches (self->error, PLN_ERROR, PLN_ERROR_CHANGED))
    return;

  if (self->autosave_source != 0 || self->autosave_delay == 0)
    return;

  self->autosave_source = g_timeout_add (self->autosave_delay, autosave_cb, self);
}

static void
pln_store_dispose (GObject *object)
{
  PlnStore *self = PLN_STORE (object);

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, workspace_changed_cb, self);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pln_store_parent_class)->dispose (object);
}

static void
pln_store_finalize (GObject *object)
{
  PlnStore *self = PLN_STORE (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->etag, g_free);
  g_clear_error (&self->error);
  g_clear_object (&self->recovery);
  g_clear_pointer (&self->recovery_time, g_date_time_unref);

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

  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pln_store_init (PlnStore *self)
{
  self->autosave_delay = DEFAULT_AUTOSAVE_DELAY_MS;
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

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, workspace_changed_cb, self);

  g_set_object (&self->workspace, workspace);

  if (self->workspace != NULL)
    g_signal_connect_swapped (self->workspace, "changed", G_CALLBACK (workspace_changed_cb), self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WORKSPACE]);
}

typedef struct
{
  PlnWorkspace *workspace;
  char         *etag;
  GDateTime    *saved;     /* a backup's modification time */
} LoadResult;

static void
load_result_free (gpointer data)
{
  LoadResult *result = data;

  if (result == NULL)
    return;

  g_clear_object (&result->workspace);
  g_free (result->etag);
  g_clear_pointer (&result->saved, g_date_time_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadResult, load_result_free)

/* What a load found: the workspace, or why not and, when the file is
 * damaged but its backup is whole, the backup's workspace. */
typedef struct
{
  GFile      *file;
  LoadResult *recovery;
} LoadJob;

static void
load_job_free (gpointer data)
{
  LoadJob *job = data;

  g_clear_object (&job->file);
  load_result_free (job->recovery);
  g_free (job);
}

static gboolean
file_is_default (GFile *file)
{
  g_autoptr(GFile) default_file = pln_store_get_default_file ();

  return g_file_equal (file, default_file);
}

static LoadResult *
read_workspace (GFile         *file,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *name = display_name (file);
  PlnWorkspace *workspace;
  LoadResult *result;
  gsize length;

  if (!pln_file_read_bounded (file, PLN_FILE_LIMIT_WORKSPACE, cancellable, &data, &length, &etag, &local_error))
    {
      /* Our own refusals name the file already. */
      if (local_error->domain == PLN_ERROR ||
          g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY) ||
          g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        /* Translators: the first %s is a file name, the second why it cannot be read */
        g_set_error (error, local_error->domain, local_error->code,
                     _("Could not read “%s”: %s"), name, local_error->message);
      return NULL;
    }

  workspace = pln_json_parse_workspace (data, length, &local_error);
  if (workspace == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not open “%s”: %s"), name, local_error->message);
      return NULL;
    }

  result = g_new0 (LoadResult, 1);
  result->workspace = workspace;
  result->etag = g_steal_pointer (&etag);
  return result;
}

/* The backup of a file that cannot be read, when it can. */
static LoadResult *
read_backup (GFile        *file,
             GCancellable *cancellable)
{
  g_autoptr(GFile) backup = pln_file_get_backup (file);
  g_autoptr(GFileInfo) info = NULL;
  LoadResult *result;

  info = g_file_query_info (backup, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (info == NULL)
    return NULL;

  result = read_workspace (backup, cancellable, NULL);
  if (result == NULL)
    return NULL;

  g_clear_pointer (&result->etag, g_free);
  result->saved = g_file_info_get_modification_date_time (info);
  return result;
}

/* Reads and parses the file; runs in a worker thread for the async load.
 * The default workspace that does not exist yet is created from the demo
 * data, so the first start shows real working groups. What an earlier
 * save that was interrupted left beside the file is removed first. */
static LoadResult *
load_file (LoadJob       *job,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  LoadResult *result;

  pln_file_remove_stale_temporaries (job->file);

  result = read_workspace (job->file, cancellable, &local_error);
  if (result != NULL)
    return result;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) && file_is_default (job->file))
    {
      g_autoptr(GFile) backup = pln_file_get_backup (job->file);

      /* Never silently replace a workspace that only lost its file. */
      if (!g_file_query_exists (backup, cancellable))
        {
          result = g_new0 (LoadResult, 1);
          result->workspace = pln_demo_new_workspace ();
          return result;
        }
    }

  if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    job->recovery = read_backup (job->file, cancellable);

  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

static void
set_recovery (PlnStore   *self,
              LoadResult *recovery)
{
  gboolean was = self->recovery != NULL;

  g_clear_object (&self->recovery);
  g_clear_pointer (&self->recovery_time, g_date_time_unref);
  if (recovery != NULL)
    {
      self->recovery = g_steal_pointer (&recovery->workspace);
      self->recovery_time = g_steal_pointer (&recovery->saved);
    }

  if (was != (self->recovery != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RECOVERABLE]);
}

static void
apply_load_result (PlnStore   *self,
                   LoadResult *result)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_free (self->etag);
  self->etag = g_steal_pointer (&result->etag);
  set_recovery (self, NULL);
  pln_store_set_workspace (self, result->workspace);
  set_error (self, NULL);

  /* A demo workspace just created is not on disk yet. */
  self->generation = self->etag == NULL ? 1 : 0;
  set_saved_generation (self, 0);
  if (pln_store_get_dirty (self))
    schedule_autosave (self);
}

static void
apply_load_failure (PlnStore     *self,
                    LoadJob      *job,
                    const GError *error)
{
  set_recovery (self, job->recovery);
  set_error (self, error);
}

static LoadJob *
load_job_new (PlnStore *self)
{
  LoadJob *job = g_new0 (LoadJob, 1);

  job->file = g_object_ref (self->file);
  return job;
}

/**
 * pln_store_load:
 *
 * Reads the workspace from the store's file, replacing the one in memory.
 * A damaged file, one of a newer format or one that is not a workspace is
 * refused with an error naming what is wrong and where; the file is not
 * changed. When its backup can be read, the store becomes
 * #PlnStore:recoverable.
 *
 * Returns: %TRUE if the workspace was read
 */
gboolean
pln_store_load (PlnStore      *self,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(LoadResult) result = NULL;
  g_autoptr(GError) local_error = NULL;
  LoadJob *job;

  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);

  job = load_job_new (self);
  result = load_file (job, cancellable, &local_error);
  if (result == NULL)
    {
      apply_load_failure (self, job, local_error);
      load_job_free (job);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  load_job_free (job);
  apply_load_result (self, result);
  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  LoadResult *result = load_file (task_data, cancellable, &error);

  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, load_result_free);
}

void
pln_store_load_async (PlnStore            *self,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PLN_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pln_store_load_async);
  g_task_set_task_data (task, load_job_new (self), load_job_free);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, load_thread);
}

gboolean
pln_store_load_finish (PlnStore      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_autoptr(LoadResult) loaded = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  set_busy (self, FALSE);

  loaded = g_task_propagate_pointer (G_TASK (result), &local_error);
  if (loaded == NULL)
    {
      apply_load_failure (self, g_task_get_task_data (G_TASK (result)), local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  apply_load_result (self, loaded);
  return TRUE;
}

/**
 * pln_store_get_recoverable:
 *
 * Returns: whether the file could not be read but its backup can, and
 *   pln_store_recover() would open it
 */
gboolean
pln_store_get_recoverable (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);

  return self->recovery != NULL;
}

/**
 * pln_store_get_recovery_time:
 *
 * Returns: (transfer none) (nullable): when the backup that
 *   pln_store_recover() would open was saved
 */
GDateTime *
pln_store_get_recovery_time (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), NULL);

  return self->recovery_time;
}

/**
 * pln_store_recover:
 * @moved_to: (out) (optional) (transfer full): where the damaged file was
 *   kept
 *
 * Opens the backup of a file that could not be read. The damaged file is
 * renamed aside first (never overwritten, never removed), then the
 * backup's workspace is saved under the file's name.
 *
 * Returns: whether the backup's workspace is the store's now
 */
gboolean
pln_store_recover (PlnStore  *self,
                   GFile    **moved_to,
                   GError   **error)
{
  LoadResult result = { 0, };

  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->recovery != NULL, FALSE);

  if (g_file_query_exists (self->file, NULL) && !pln_file_move_aside (self->file, moved_to, error))
    return FALSE;

  result.workspace = g_steal_pointer (&self->recovery);
  apply_load_result (self, &result);
  g_clear_object (&result.workspace);

  /* Not on disk under the file's name yet: saved by the autosave. */
  workspace_changed_cb (self);
  return TRUE;
}

static gboolean
ensure_parent (GFile   *file,
               GError **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GError) local_error = NULL;

  if (parent == NULL || g_file_make_directory_with_parents (parent, NULL, &local_error))
    return TRUE;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * pln_store_save:
 *
 * Writes the workspace now, atomically, keeping the previous version as a
 * backup. Fails with %PLN_ERROR_CHANGED, writing nothing, when another
 * program changed the file since it was read; on any failure the file and
 * its backup are as they were.
 *
 * Returns: %TRUE if the workspace is on disk
 */
gboolean
pln_store_save (PlnStore      *self,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *etag = NULL;
  guint64 generation;

  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->workspace != NULL, FALSE);

  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (!ensure_parent (self->file, &local_error))
    {
      set_error (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  generation = self->generation;
  bytes = pln_json_serialize_workspace (self->workspace);

  if (!write_workspace (self->file, bytes, self->etag, &etag, cancellable, &local_error))
    {
      translate_save_error (self, &local_error);
      set_error (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  saved (self, g_steal_pointer (&etag), generation);
  return TRUE;
}

static void
save_async_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  PlnStore *self = PLN_STORE (object);
  g_autoptr(GTask) task = user_data;
  SaveJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;
  set_busy (self, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      translate_save_error (self, &error);
      set_error (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  saved (self, g_steal_pointer (&job->etag), job->generation);

  /* Edits made while the file was being written are saved next. */
  if (pln_store_get_dirty (self))
    schedule_autosave (self);

  g_task_return_boolean (task, TRUE);
}

/**
 * pln_store_save_async:
 *
 * Like pln_store_save(), with the file written in a worker thread; the
 * workspace is serialised before this returns, so later edits are not
 * half in the file.
 */
void
pln_store_save_async (PlnStore            *self,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  g_autoptr(GError) error = NULL;
  SaveJob *job;

  g_return_if_fail (PLN_IS_STORE (self));
  g_return_if_fail (self->workspace != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pln_store_save_async);
  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (self->saving)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               _("The workspace is being saved already"));
      return;
    }

  if (!ensure_parent (self->file, &error))
    {
      set_error (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  job = g_new0 (SaveJob, 1);
  job->file = g_object_ref (self->file);
  job->etag = g_strdup (self->etag);
  job->generation = self->generation;
  job->bytes = pln_json_serialize_workspace (self->workspace);
  self->saving = TRUE;
  set_busy (self, TRUE);

  worker = g_task_new (self, cancellable, save_async_cb, g_steal_pointer (&task));
  g_task_set_source_tag (worker, save_thread);
  g_task_set_task_data (worker, job, save_job_free);
  g_task_run_in_thread (worker, save_thread);
}

gboolean
pln_store_save_finish (PlnStore      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * pln_store_save_as:
 * @file: where to save from now on
 *
 * Saves the workspace to @file (replacing it, as the user chose it in a
 * file chooser) and keeps using that file.
 */
gboolean
pln_store_save_as (PlnStore      *self,
                   GFile         *file,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GFile) old_file = NULL;
  g_autofree char *old_etag = NULL;

  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  old_file = g_steal_pointer (&self->file);
  old_etag = g_steal_pointer (&self->etag);
  self->file = g_object_ref (file);

  if (!pln_store_save (self, cancellable, error))
    {
      g_set_object (&self->file, old_file);
      self->etag = g_steal_pointer (&old_etag);
      return FALSE;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FILE]);
  return TRUE;
}

/**
 * pln_store_flush:
 *
 * Waits for a save in progress and writes what is not on disk yet; for the
 * application to call before it quits.
 */
gboolean
pln_store_flush (PlnStore  *self,
                 GError   **error)
{
  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);

  while (self->saving)
    g_main_context_iteration (NULL, TRUE);

  if (self->workspace == NULL || !pln_store_get_dirty (self))
    return TRUE;

  return pln_store_save (self, NULL, error);
}
