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
  GBytes          *base;   /* what the etag is of */
  char            *etag;   /* what was read */
  guint64          generation;
  PlnStoreWrite    write;  /* what was written, or the merge met */
} SaveJob;

static void
save_job_free (gpointer data)
{
  SaveJob *job = data;

  g_clear_object (&job->file);
  g_clear_pointer (&job->snapshot, pln_json_snapshot_free);
  g_clear_pointer (&job->base, g_bytes_unref);
  _pln_store_write_clear (&job->write);
  g_free (job->etag);
  g_free (job);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveJob *job = task_data;
  g_autoptr(GBytes) bytes = pln_json_snapshot_write (job->snapshot);
  GError *error = NULL;

  if (!_pln_store_write_merging (job->file, job->base, bytes, job->etag, WORKSPACE_WRITE_FLAGS,
                                 &job->write, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
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
  g_autoptr(PlnJsonSnapshot) snapshot = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  PlnStoreWrite write = { NULL, };
  guint64 generation;
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

  generation = self->generation;
  _pln_store_stamp_edits (self);
  snapshot = pln_json_snapshot_new (self->workspace);
  bytes = pln_json_snapshot_write (snapshot);

  ok = _pln_store_write_merging (self->file, self->base, bytes, self->etag, WORKSPACE_WRITE_FLAGS,
                                 &write, cancellable, &local_error);
  _pln_store_take_merge (self, &write, generation);
  _pln_store_write_clear (&write);
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

  self->saving = FALSE;
  _pln_store_set_busy (self, FALSE);

  /* Theirs' changes, met by a merge, come into the live workspace here
   * on the main thread, conflicts or not. */
  _pln_store_take_merge (self, &job->write, job->generation);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      translate_save_error (self, &error);
      _pln_store_set_error (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  _pln_store_set_error (self, NULL);

  /* Edits made while the file was being written are saved next. */
  if (pln_store_get_dirty (self))
    _pln_store_schedule_autosave (self);

  g_task_return_boolean (task, TRUE);
}

/**
 * pln_store_save_async:
 *
 * Like pln_store_save(), with the file written in a worker thread. A
 * snapshot of the workspace is taken before this returns, so later edits
 * are not half in the file; only the meetings changed since they were
 * last written are written on this thread (see pln-json-snapshot.c).
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

  if (!check_writable (self, &error) || !check_no_merge (self, &error) ||
      !ensure_parent (self->file, &error))
    {
      _pln_store_set_error (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  job = g_new0 (SaveJob, 1);
  job->base = self->base != NULL ? g_bytes_ref (self->base) : NULL;
  job->file = g_object_ref (self->file);
  job->etag = g_strdup (self->etag);
  job->generation = self->generation;
  _pln_store_stamp_edits (self);
  job->snapshot = pln_json_snapshot_new (self->workspace);
  self->saving = TRUE;
  _pln_store_set_busy (self, TRUE);

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

  return pln_store_save (self, NULL, error);
}
