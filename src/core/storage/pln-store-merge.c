/* pln-store-merge.c
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
#include "pln-merge.h"
#include "pln-store-private.h"

/* A save that finds the file changed by another program merges instead of
 * refusing: the bytes the workspace was read from (the base), what is
 * being saved (mine) and the file as it is now (theirs) are parsed into
 * workspaces of the save's own — in the worker thread for an async save,
 * never the live one — and merged (pln-merge.c). Without conflicts the
 * merge is written, again on the condition that the file did not change
 * (and merged again if it did); the main thread then brings theirs'
 * changes into the live workspace. With conflicts nothing is written:
 * theirs' other changes come into the live workspace, the conflicts wait
 * for a person's choice (pln_store_get_merge()), and saving waits for
 * pln_store_finish_merge(). */

/* Rounds of "the file changed again while we merged" before giving up. */
#define MAX_ROUNDS 8

void
_pln_store_write_clear (PlnStoreWrite *write)
{
  g_clear_pointer (&write->written, pln_json_snapshot_unref);
  g_clear_pointer (&write->theirs, g_bytes_unref);
  g_clear_pointer (&write->etag, g_free);
  g_clear_object (&write->merge);
}

static PlnWorkspace *
parse (GBytes  *bytes,
       GError **error)
{
  return pln_json_parse_workspace (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
}

/* A text in pieces is joined only here, when another program changed the
 * file: a merge is rare, a save is not. */
static PlnWorkspace *
parse_text (PlnJsonSnapshot  *text,
            GError          **error)
{
  g_autoptr(GBytes) bytes = pln_json_snapshot_write (text);

  return parse (bytes, error);
}

/* Merges what is in @file now into @mine; FALSE with @error when the
 * file cannot be read or the merge has conflicts. */
static gboolean
merge_theirs (GFile          *file,
              PlnWorkspace   *base,
              PlnWorkspace   *mine,
              PlnStoreWrite  *write,
              GBytes        **merged,
              GCancellable   *cancellable,
              GError        **error)
{
  g_autoptr(PlnWorkspace) theirs = NULL;
  g_autoptr(PlnWorkspace) result = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_clear_pointer (&write->etag, g_free);
  if (!pln_file_read_bounded (file, PLN_FILE_LIMIT_WORKSPACE, cancellable, &data, &length, &write->etag, error))
    return FALSE;

  g_clear_pointer (&write->theirs, g_bytes_unref);
  write->theirs = g_bytes_new_take (g_steal_pointer (&data), length);
  if ((theirs = parse (write->theirs, error)) == NULL)
    return FALSE;

  g_clear_object (&write->merge);
  result = pln_merge_workspaces (base, mine, theirs, &write->merge);
  if (pln_merge_get_n_conflicts (write->merge) > 0)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_CHANGED,
                   _("Someone else changed some of the same things in this workspace; their other changes "
                     "are in this window. Reload it to take their version of everything, or save your "
                     "workspace elsewhere."));
      return FALSE;
    }

  *merged = pln_json_serialize_workspace (result);
  return TRUE;
}

/**
 * _pln_store_write_merging:
 * @base: (nullable): the text the workspace was read from; without it
 *   a changed file is refused as before
 * @mine_text: what to save
 * @etag: the etag of what was read
 *
 * Writes @mine_text to @file, or merged with the file when another program
 * changed it (see above). Safe in a worker thread: touches no live model.
 * On return @write has what is in the file (written, etag) and the merge
 * to bring into the live workspace; on a conflict, @write->merge and the
 * file's bytes and etag (the new base), with %PLN_ERROR_CHANGED.
 */
gboolean
_pln_store_write_merging (GFile           *file,
                          PlnJsonSnapshot *base,
                          PlnJsonSnapshot *mine_text,
                          const char     *etag,
                          PlnWriteFlags   flags,
                          PlnStoreWrite  *write,
                          GCancellable   *cancellable,
                          GError        **error)
{
  g_autoptr(PlnWorkspace) base_workspace = NULL;
  g_autoptr(PlnWorkspace) mine = NULL;
  g_autoptr(PlnJsonSnapshot) to_write = pln_json_snapshot_ref (mine_text);
  g_autofree char *expected = g_strdup (etag);

  for (guint round = 0; round < MAX_ROUNDS; round++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GBytes) merged = NULL;
      g_autofree char *new_etag = NULL;
      guint n_pieces;
      GBytes * const *pieces = pln_json_snapshot_get_pieces (to_write, &n_pieces);

      if (pln_file_write_pieces_safely (file, pieces, n_pieces, flags, expected, &new_etag, cancellable, &local_error))
        {
          g_clear_pointer (&write->written, pln_json_snapshot_unref);
          write->written = g_steal_pointer (&to_write);
          g_free (write->etag);
          write->etag = g_steal_pointer (&new_etag);
          return TRUE;
        }

      if (base == NULL || !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      if ((base_workspace == NULL && (base_workspace = parse_text (base, error)) == NULL) ||
          (mine == NULL && (mine = parse_text (mine_text, error)) == NULL) ||
          !merge_theirs (file, base_workspace, mine, write, &merged, cancellable, error))
        return FALSE;

      g_free (expected);
      expected = g_strdup (write->etag);
      pln_json_snapshot_unref (to_write);
      to_write = pln_json_snapshot_new_for_bytes (merged);
    }

  g_set_error (error, PLN_ERROR, PLN_ERROR_CHANGED,
               _("The workspace kept being changed by others while it was saved. Try again."));
  return FALSE;
}

/* Back on the main thread: theirs' changes into the live workspace. A
 * field changed since the save took its copy keeps the newer value. */
void
_pln_store_take_merge (PlnStore      *self,
                       PlnStoreWrite *write,
                       guint64        generation)
{
  gboolean current = self->generation == generation;

  if (write->merge != NULL)
    {
      self->merging = TRUE;
      pln_merge_apply (write->merge, self->workspace);
      self->merging = FALSE;
    }

  if (write->written != NULL)
    {
      g_clear_pointer (&self->base, pln_json_snapshot_unref);
      self->base = g_steal_pointer (&write->written);
      g_free (self->etag);
      self->etag = g_steal_pointer (&write->etag);
      /* What the live workspace has now is what was written, unless it
       * was edited during the save. */
      self->saved_generation = current ? self->generation : generation;
      g_clear_object (&write->merge);
    }
  else if (write->merge != NULL)
    {
      /* Theirs is the version both now start from. */
      g_clear_pointer (&self->base, pln_json_snapshot_unref);
      self->base = pln_json_snapshot_new_for_bytes (write->theirs);
      g_clear_pointer (&write->theirs, g_bytes_unref);
      g_free (self->etag);
      self->etag = g_steal_pointer (&write->etag);
      g_set_object (&self->merge, write->merge);
      _pln_store_notify (self, PROP_MERGE);
    }

  _pln_store_update_dirty (self);
}

/**
 * pln_store_get_merge:
 *
 * Returns: (transfer none) (nullable): the conflicts of a merge with
 *   another program's changes that wait for a choice; saving waits too
 */
PlnMerge *
pln_store_get_merge (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), NULL);

  return self->merge;
}

/**
 * pln_store_resolve:
 *
 * Gives the workspace one side's value of conflict @index of
 * pln_store_get_merge(); it can be chosen again until
 * pln_store_finish_merge().
 */
void
pln_store_resolve (PlnStore       *self,
                   guint           index,
                   PlnMergeChoice  choice)
{
  g_return_if_fail (PLN_IS_STORE (self));
  g_return_if_fail (self->merge != NULL);

  pln_merge_resolve (self->merge, self->workspace, index, choice);
}

/**
 * pln_store_finish_merge:
 *
 * Ends the choosing: the workspace as it is now, with the choices made,
 * is saved next.
 */
void
pln_store_finish_merge (PlnStore *self)
{
  g_return_if_fail (PLN_IS_STORE (self));

  if (self->merge == NULL)
    return;

  g_clear_object (&self->merge);
  _pln_store_notify (self, PROP_MERGE);
  /* Saved even when no choice changed anything: the file lacks mine's side. */
  self->generation++;
  _pln_store_update_dirty (self);
  _pln_store_schedule_autosave (self);
}
