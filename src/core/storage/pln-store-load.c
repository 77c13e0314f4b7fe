/* pln-store-load.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pln-demo.h"
#include "pln-error.h"
#include "pln-file-io.h"
#include "pln-json.h"
#include "pln-store-private.h"

/* Reading the workspace file, in the caller's thread or a worker's, and
 * opening its backup instead when the file is damaged. */

typedef struct
{
  PlnWorkspace *workspace;
  char         *etag;
  GBytes       *bytes;     /* what was read: the base of a later merge */
  GDateTime    *saved;     /* a backup's modification time */
  GDateTime    *offline;   /* a local copy's: since when it is offline */
} LoadResult;

static void
load_result_free (gpointer data)
{
  LoadResult *result = data;

  if (result == NULL)
    return;

  g_clear_object (&result->workspace);
  g_free (result->etag);
  g_clear_pointer (&result->bytes, g_bytes_unref);
  g_clear_pointer (&result->saved, g_date_time_unref);
  g_clear_pointer (&result->offline, g_date_time_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadResult, load_result_free)

/* What a load found: the workspace, or why not and, when the file is
 * damaged but its backup is whole, the backup's workspace. */
typedef struct
{
  GFile      *file;
  LoadResult *recovery;
  int        *progress;   /* (atomic): the store's, which the task keeps */
} LoadJob;

static LoadJob *
load_job_new (PlnStore *self)
{
  LoadJob *job = g_new0 (LoadJob, 1);

  job->file = g_object_ref (self->file);
  job->progress = &self->load_progress;
  g_atomic_int_set (job->progress, 0);
  return job;
}

static void
load_job_free (gpointer data)
{
  LoadJob *job = data;

  g_clear_object (&job->file);
  load_result_free (job->recovery);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadJob, load_job_free)

static gboolean
file_is_default (GFile *file)
{
  g_autoptr(GFile) default_file = pln_store_get_default_file ();

  return g_file_equal (file, default_file);
}

static LoadResult *
read_workspace (GFile         *file,
                int           *progress,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *name = _pln_store_display_name (file);
  g_autoptr(GBytes) bytes = NULL;
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

  /* The bytes stay: they are the base a later merge compares both sides
   * with (pln-store-merge.c). */
  bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  workspace = pln_json_parse_workspace_bytes (bytes, progress, &local_error);
  if (workspace == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not open “%s”: %s"), name, local_error->message);
      return NULL;
    }

  result = g_new0 (LoadResult, 1);
  result->workspace = workspace;
  result->etag = g_steal_pointer (&etag);
  result->bytes = g_steal_pointer (&bytes);
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

  result = read_workspace (backup, NULL, cancellable, NULL);
  if (result == NULL)
    return NULL;

  g_clear_pointer (&result->etag, g_free);
  g_clear_pointer (&result->bytes, g_bytes_unref);
  result->saved = g_file_info_get_modification_date_time (info);
  return result;
}

/* The local copy of a workspace on a share, which holds edits that did not
 * reach its server (pln-store-offline.c): when there is one, it is what
 * is opened, offline; the next save brings it to the server, merged. */
static LoadResult *
read_offline (GFile        *file,
              GCancellable *cancellable)
{
  PlnOfflineCopy copy = { NULL, };
  g_autoptr(GFile) copy_file = _pln_store_offline_file (file, ".json");
  g_autoptr(GError) error = NULL;
  PlnWorkspace *workspace;
  LoadResult *result;

  if (g_file_is_native (file) || !_pln_store_read_offline (file, &copy, cancellable))
    return NULL;

  workspace = pln_json_parse_workspace (g_bytes_get_data (copy.workspace, NULL),
                                        g_bytes_get_size (copy.workspace), &error);
  if (workspace == NULL)
    {
      g_warning ("The local copy of a workspace, %s, could not be read: %s",
                 g_file_peek_path (copy_file), error->message);
      _pln_offline_copy_clear (&copy);
      return NULL;
    }

  result = g_new0 (LoadResult, 1);
  result->workspace = workspace;
  result->etag = g_steal_pointer (&copy.etag);
  result->bytes = g_steal_pointer (&copy.base);
  result->offline = g_steal_pointer (&copy.since);
  _pln_offline_copy_clear (&copy);
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

  if ((result = read_offline (job->file, cancellable)) != NULL)
    return result;

  if (!pln_file_ensure_mounted (job->file, cancellable, &local_error))
    {
      g_autofree char *name = _pln_store_display_name (job->file);

      /* Translators: the first %s is a file's location, the second why it cannot be reached */
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not reach “%s”: %s"), name, local_error->message);
      return NULL;
    }

  result = read_workspace (job->file, job->progress, cancellable, &local_error);
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
    _pln_store_notify (self, PROP_RECOVERABLE);
}

static void
apply_load_result (PlnStore   *self,
                   LoadResult *result)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_free (self->etag);
  self->etag = g_steal_pointer (&result->etag);
  g_clear_pointer (&self->base, pln_json_snapshot_unref);
  if (result->bytes != NULL)
    self->base = pln_json_snapshot_new_for_bytes (result->bytes);
  if (self->merge != NULL)
    {
      g_clear_object (&self->merge);
      _pln_store_notify (self, PROP_MERGE);
    }
  set_recovery (self, NULL);
  pln_store_set_workspace (self, result->workspace);
  _pln_store_set_error (self, NULL);

  /* A demo workspace just created is not on disk yet. */
  self->generation = self->etag == NULL ? 1 : 0;
  self->saved_generation = 0;

  /* A local copy has edits the server has not: offline until they are
   * there. */
  if (result->offline != NULL)
    {
      self->generation = 1;
      g_clear_pointer (&self->offline_since, g_date_time_unref);
      self->offline_since = g_steal_pointer (&result->offline);
      _pln_store_went_offline (self, self->generation);
      _pln_store_update_dirty (self);
      return;
    }

  _pln_store_back_online (self, FALSE);
  _pln_store_update_dirty (self);
  if (pln_store_get_dirty (self))
    _pln_store_schedule_autosave (self);
}

/* Makes what @job found the store's: the workspace, or else @load_error
 * (taken) and the backup that can be recovered. */
static gboolean
finish_load (PlnStore    *self,
             LoadJob     *job,
             LoadResult  *result,
             GError      *load_error,
             GError     **error)
{
  if (result == NULL)
    {
      set_recovery (self, job->recovery);
      _pln_store_set_error (self, load_error);
      g_propagate_error (error, load_error);
      return FALSE;
    }

  apply_load_result (self, result);
  return TRUE;
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
  g_autoptr(LoadJob) job = NULL;
  g_autoptr(LoadResult) result = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);

  job = load_job_new (self);
  result = load_file (job, cancellable, &local_error);
  return finish_load (self, job, result, local_error, error);
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
  _pln_store_set_busy (self, TRUE);
  g_task_run_in_thread (task, load_thread);
}

gboolean
pln_store_load_finish (PlnStore      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_autoptr(LoadResult) loaded = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  _pln_store_set_busy (self, FALSE);
  loaded = g_task_propagate_pointer (G_TASK (result), &local_error);
  return finish_load (self, g_task_get_task_data (G_TASK (result)), loaded, local_error, error);
}

/**
 * pln_store_get_load_progress:
 *
 * How far the load under way is: the part of the file's meetings read, for
 * a progress bar polled while #PlnStore:busy and no workspace is there.
 *
 * Returns: a fraction, 0 to 1
 */
double
pln_store_get_load_progress (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), 0);

  return g_atomic_int_get (&self->load_progress) / 1000.0;
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
  _pln_store_workspace_changed_cb (self);
  return TRUE;
}
