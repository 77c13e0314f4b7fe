/* pln-store-save.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pln-error.h"
#include "pln-file-io.h"
#include "pln-json.h"
#include "pln-store-private.h"

/* Writing the workspace file: now, in a worker thread, under another
 * name, and before the application quits. */

/* The workspace holds personal data; its previous version is kept. */
#define WORKSPACE_WRITE_FLAGS (PLN_WRITE_PRIVATE | PLN_WRITE_BACKUP)

/* Turns GIO's refusal to overwrite a changed file into our own error, with
 * what to do about it. */
static void
translate_save_error (PlnStore  *self,
                      GError   **error)
{
  if (error != NULL && *error != NULL &&
      g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    {
      g_autofree char *name = _pln_store_display_name (self->file);

      g_clear_error (error);
      g_set_error (error, PLN_ERROR, PLN_ERROR_CHANGED,
                   _("“%s” was changed by another program since it was opened. "
                     "Reload it to see those changes, or save your workspace elsewhere."),
                   name);
    }
}

/* What a save writes: the snapshot of the workspace taken on the main
 * thread, its text joined and written in a worker. */
typedef struct
{
  GFile           *file;
  PlnJsonSnapshot *snapshot;
  PlnJsonSnapshot *base;   /* what the etag is of */
  char            *etag;   /* what was read */
  guint64          generation;
  PlnStoreWrite    write;  /* what was written, or the merge met */
  GDateTime       *since;  /* offline since, or now */
  gboolean         keep_only;   /* offline: into the local copy only */
  gboolean         kept;        /* the server was not reached: kept locally */
  gboolean         reached;     /* the server answered, yes or no */
} SaveJob;

static void
save_job_free (gpointer data)
{
  SaveJob *job = data;

  g_clear_object (&job->file);
  g_clear_pointer (&job->snapshot, pln_json_snapshot_unref);
  g_clear_pointer (&job->base, pln_json_snapshot_unref);
  _pln_store_write_clear (&job->write);
  g_clear_pointer (&job->since, g_date_time_unref);
  g_free (job->etag);
  g_free (job);
}

/* Writes the snapshot to the server, or, when it cannot be reached (or the
 * store is offline and this is an autosave), into the local copy. Its
 * pieces are written one after the other, never joined: the meetings'
 * texts kept from the file read are not copied (pln-json-snapshot.c). */
static gboolean
write_or_keep (SaveJob       *job,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  /* A share's mount goes when its server stops: mounted again first. */
  if (!job->keep_only &&
      pln_file_ensure_mounted (job->file, cancellable, &local_error) &&
      _pln_store_write_merging (job->file, job->base, job->snapshot, job->etag, WORKSPACE_WRITE_FLAGS,
                                &job->write, cancellable, &local_error))
    {
      job->reached = TRUE;
      return TRUE;
    }

  if (!job->keep_only && !_pln_store_is_unreachable (job->file, local_error, cancellable))
    {
      job->reached = TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (local_error != NULL)
    g_debug ("Kept on this computer: %s", local_error->message);
  job->kept = _pln_store_keep_offline (job->file, job->snapshot, !job->keep_only, job->base, job->etag, job->since,
                                       error);
  return job->kept;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveJob *job = task_data;
  GError *error = NULL;

  if (!write_or_keep (job, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static SaveJob *
save_job_new (PlnStore *self,
              gboolean  keep_only)
{
  SaveJob *job = g_new0 (SaveJob, 1);

  job->base = self->base != NULL ? pln_json_snapshot_ref (self->base) : NULL;
  job->file = g_object_ref (self->file);
  job->etag = g_strdup (self->etag);
  job->generation = self->generation;
  _pln_store_stamp_edits (self);
  job->snapshot = pln_json_snapshot_new (self->workspace);
  job->since = self->offline_since != NULL ? g_date_time_ref (self->offline_since) : g_date_time_new_now_utc ();
  job->keep_only = keep_only;
  return job;
}

/* On the main thread, what a save found about the server: reached (the
 * store is online, and the local copy goes once the edits are saved), or
 * not (offline, and tried again later). */
static void
follow_server (PlnStore     *self,
               SaveJob      *job,
               const GError *error)
{
  /* The local copy could not be written: still offline, tried again. */
  if (!job->keep_only && !job->kept && !job->reached)
    {
      _pln_store_went_offline (self, self->kept_generation);
      return;
    }

  if (job->keep_only)
    {
      self->kept_generation = job->generation;
      /* A try that met a save in progress is made again. */
      if (self->retry_source == 0)
        _pln_store_went_offline (self, job->generation);
    }
  else if (job->kept)
    {
      _pln_store_went_offline (self, job->generation);
    }
  else
    {
      _pln_store_back_online (self, error == NULL);
    }
}

/* Conflicts of an earlier merge wait for a choice: saving now would put
 * only mine's side of them in the file. */
static gboolean
check_no_merge (PlnStore  *self,
                GError   **error)
{
  if (self->merge == NULL)
    return TRUE;

  g_set_error (error, PLN_ERROR, PLN_ERROR_CHANGED,
               _("Choose which changes to keep before the workspace is saved."));
  return FALSE;
}

/* A public edition is the publisher's: a reader never writes it back,
 * over the publisher's file or anywhere else. */
static gboolean
check_writable (PlnStore  *self,
                GError   **error)
{
  if (!pln_workspace_is_read_only (self->workspace))
    return TRUE;

  g_set_error (error, PLN_ERROR, PLN_ERROR_READ_ONLY,
               _("This is the public edition of a workspace, published by “%s”: it is read-only and is never saved."),
               pln_workspace_get_publisher (self->workspace) ?: _("a secretariat"));
  return FALSE;
}

static gboolean
ensure_parent (GFile   *file,
               GError **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GError) local_error = NULL;

  /* A share's folder is there (it was chosen in it); asking its server
   * here would wait on it in the main thread. */
  if (!g_file_is_native (file))
    return TRUE;

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
  g_autoptr(GError) local_error = NULL;
  SaveJob *job;
  gboolean ok;

  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->workspace != NULL, FALSE);

  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (!check_writable (self, error) || !check_no_merge (self, error))
    return FALSE;

  if (!ensure_parent (self->file, &local_error))
    {
      _pln_store_set_error (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  job = save_job_new (self, FALSE);
  ok = write_or_keep (job, cancellable, &local_error);
  _pln_store_take_merge (self, &job->write, job->generation);
  follow_server (self, job, local_error);
  save_job_free (job);
  if (!ok)
    {
      translate_save_error (self, &local_error);
      _pln_store_set_error (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  _pln_store_set_error (self, NULL);
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

  gboolean ok;

  self->saving = FALSE;
  _pln_store_set_busy (self, FALSE);

  /* Theirs' changes, met by a merge, come into the live workspace here
   * on the main thread, conflicts or not. */
  _pln_store_take_merge (self, &job->write, job->generation);
  ok = g_task_propagate_boolean (G_TASK (result), &error);
  follow_server (self, job, error);

  if (!ok)
    {
      translate_save_error (self, &error);
      _pln_store_set_error (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  _pln_store_set_error (self, NULL);
  if (!job->kept)
    _pln_store_publish (self);

  /* Edits made while the file was being written are saved next (into
   * the local copy, offline). */
  if (self->state == PLN_STORE_STATE_OFFLINE ? self->generation != self->kept_generation
                                             : pln_store_get_dirty (self))
    _pln_store_schedule_autosave (self);

  g_task_return_boolean (task, TRUE);
}

static void
save_async (PlnStore            *self,
            gboolean             keep_only,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  g_autoptr(GError) error = NULL;
  SaveJob *job;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pln_store_save_async);
  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (self->saving)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               _("The workspace is being saved already"));
      return;
    }

  if (!check_writable (self, &error) || !check_no_merge (self, &error) ||
      !ensure_parent (self->file, &error))
    {
      _pln_store_set_error (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  job = save_job_new (self, keep_only);
  self->saving = TRUE;
  _pln_store_set_busy (self, TRUE);

  worker = g_task_new (self, cancellable, save_async_cb, g_steal_pointer (&task));
  g_task_set_source_tag (worker, save_thread);
  g_task_set_task_data (worker, job, save_job_free);
  g_task_run_in_thread (worker, save_thread);
}

/**
 * pln_store_save_async:
 *
 * Like pln_store_save(), with the file written in a worker thread. A
 * snapshot of the workspace is taken before this returns, so later edits
 * are not half in the file; only the meetings changed since they were
 * last written are written on this thread (see pln-json-snapshot.c).
 *
 * When the file's server cannot be reached, the edits are kept in a local
 * copy and the store goes offline (#PlnStore:state); that is not a
 * failure. Offline, this tries the server again at once.
 */
void
pln_store_save_async (PlnStore            *self,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_return_if_fail (PLN_IS_STORE (self));
  g_return_if_fail (self->workspace != NULL);

  save_async (self, FALSE, cancellable, callback, user_data);
}

/* An autosave: offline, into the local copy only; the server is tried
 * again on its own schedule. */
void
_pln_store_autosave_async (PlnStore            *self,
                           GAsyncReadyCallback  callback)
{
  save_async (self, self->state == PLN_STORE_STATE_OFFLINE, NULL, callback, NULL);
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
  g_autoptr(PlnMerge) old_merge = NULL;

  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* Conflicts with the old file's changes do not hold a new file back. */
  old_file = g_steal_pointer (&self->file);
  old_etag = g_steal_pointer (&self->etag);
  old_merge = g_steal_pointer (&self->merge);
  self->file = g_object_ref (file);

  if (!pln_store_save (self, cancellable, error))
    {
      g_set_object (&self->file, old_file);
      self->etag = g_steal_pointer (&old_etag);
      self->merge = g_steal_pointer (&old_merge);
      return FALSE;
    }

  _pln_store_notify (self, PROP_FILE);
  if (old_merge != NULL)
    _pln_store_notify (self, PROP_MERGE);
  return TRUE;
}

/* What a save under another name puts back when it fails. */
typedef struct
{
  GFile    *file;
  char     *etag;
  PlnMerge *merge;
} SaveAsJob;

static void
save_as_job_free (gpointer data)
{
  SaveAsJob *job = data;

  g_clear_object (&job->file);
  g_free (job->etag);
  g_clear_object (&job->merge);
  g_free (job);
}

static void
save_as_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PlnStore *self = PLN_STORE (object);
  g_autoptr(GTask) task = user_data;
  SaveAsJob *job = g_task_get_task_data (task);
  GError *error = NULL;

  if (!pln_store_save_finish (self, result, &error))
    {
      g_set_object (&self->file, job->file);
      g_free (self->etag);
      self->etag = g_steal_pointer (&job->etag);
      g_set_object (&self->merge, job->merge);
      g_task_return_error (task, error);
      return;
    }

  _pln_store_notify (self, PROP_FILE);
  if (job->merge != NULL)
    _pln_store_notify (self, PROP_MERGE);
  g_task_return_boolean (task, TRUE);
}

/**
 * pln_store_save_as_async:
 * @file: where to save from now on
 *
 * pln_store_save_as() with the file written in a worker thread (a share's
 * server can take its time); the store's file is @file from now on, and
 * again the one before if the save fails.
 */
void
pln_store_save_as_async (PlnStore            *self,
                         GFile               *file,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveAsJob *job;

  g_return_if_fail (PLN_IS_STORE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->workspace != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pln_store_save_as_async);
  if (self->saving)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               _("The workspace is being saved already"));
      return;
    }

  /* Conflicts with the old file's changes do not hold a new file back. */
  job = g_new0 (SaveAsJob, 1);
  job->file = g_steal_pointer (&self->file);
  job->etag = g_steal_pointer (&self->etag);
  job->merge = g_steal_pointer (&self->merge);
  g_task_set_task_data (task, job, save_as_job_free);
  self->file = g_object_ref (file);

  save_async (self, FALSE, cancellable, save_as_done_cb, g_steal_pointer (&task));
}

gboolean
pln_store_save_as_finish (PlnStore      *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
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

  if (self->workspace == NULL || !pln_store_get_dirty (self) ||
      pln_workspace_is_read_only (self->workspace))
    return TRUE;

  /* Offline, the edits go into the local copy, which the next start
   * opens; the server is not waited for. */
  if (self->state == PLN_STORE_STATE_OFFLINE)
    {
      SaveJob *job;
      gboolean ok;

      if (self->generation == self->kept_generation)
        return TRUE;

      job = save_job_new (self, TRUE);
      ok = write_or_keep (job, NULL, error);
      if (ok)
        self->kept_generation = job->generation;
      save_job_free (job);
      return ok;
    }

  return pln_store_save (self, NULL, error);
}
