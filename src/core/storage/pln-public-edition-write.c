/* pln-public-edition-write.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-public-edition"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "plenary-core.h"
#include "pln-public-edition.h"

/* Publishing a public edition to a folder, local or any GIO location: the
 * documents first, then workspace.json, so a subscriber never reads a
 * list naming a document not there yet; then the documents no longer
 * published are removed. Each file is written safely (pln-file-io.c), and
 * only when it changed, so a subscriber's conditional requests see what
 * changed and nothing else. */

/* The edition published in @folder before, %NULL if there is none, or
 * FALSE when the folder's workspace.json is something else, which is
 * never replaced. */
static gboolean
read_previous (GFile         *folder,
               PlnWorkspace **previous,
               GBytes       **previous_bytes,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GFile) file = g_file_get_child (folder, PLN_PUBLIC_EDITION_FILE);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length;

  *previous = NULL;
  *previous_bytes = NULL;
  if (!pln_file_read_bounded (file, PLN_FILE_LIMIT_WORKSPACE, cancellable, &contents, &length, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *previous = pln_json_parse_workspace (contents, length, NULL);
  if (*previous != NULL && pln_workspace_is_read_only (*previous))
    {
      *previous_bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      return TRUE;
    }

  g_clear_object (previous);
  name = g_file_get_parse_name (file);
  g_set_error (error, PLN_ERROR, PLN_ERROR_INVALID,
               _("%s is not a public edition and is not replaced: choose an empty folder or the folder of an earlier public edition"),
               name);
  return FALSE;
}

static gboolean
make_folder (GFile         *folder,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_file_make_directory_with_parents (folder, cancellable, &local_error) ||
      g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* A document of the earlier edition, resolved in the documents folder:
 * a path from a file that may have been changed by hand is trusted to
 * name nothing outside it. */
static GFile *
document_file (GFile      *folder,
               const char *path)
{
  g_autoptr(GFile) documents = g_file_get_child (folder, PLN_PUBLIC_EDITION_DOCUMENTS);
  const char *name;

  if (path == NULL || !g_str_has_prefix (path, PLN_PUBLIC_EDITION_DOCUMENTS "/"))
    return NULL;
  name = path + strlen (PLN_PUBLIC_EDITION_DOCUMENTS "/");
  if (*name == '\0' || *name == '.' || strchr (name, '/') != NULL || strchr (name, '\\') != NULL)
    return NULL;

  return g_file_get_child (documents, name);
}

static gboolean
is_unchanged (PlnPublishedDocument *document,
              PlnWorkspace         *previous,
              GFile                *file,
              GCancellable         *cancellable)
{
  GListModel *earlier = previous != NULL ? pln_workspace_get_documents (previous) : NULL;

  for (guint i = 0; earlier != NULL && i < g_list_model_get_n_items (earlier); i++)
    {
      g_autoptr(PlnPublishedDocument) other = g_list_model_get_item (earlier, i);

      if (g_strcmp0 (pln_published_document_get_path (other), pln_published_document_get_path (document)) == 0)
        return g_strcmp0 (pln_published_document_get_checksum (other),
                          pln_published_document_get_checksum (document)) == 0 &&
               g_file_query_exists (file, cancellable);
    }

  return FALSE;
}

static gboolean
write_documents (PlnWorkspace      *edition,
                 PlnWorkspace      *previous,
                 GFile             *folder,
                 PlnPublishResult  *result,
                 GCancellable      *cancellable,
                 GError           **error)
{
  GListModel *documents = pln_workspace_get_documents (edition);
  g_autoptr(GFile) documents_folder = g_file_get_child (folder, PLN_PUBLIC_EDITION_DOCUMENTS);

  if (g_list_model_get_n_items (documents) > 0 && !make_folder (documents_folder, cancellable, error))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(PlnPublishedDocument) document = g_list_model_get_item (documents, i);
      g_autoptr(GFile) file = document_file (folder, pln_published_document_get_path (document));
      g_autoptr(GBytes) pdf = NULL;

      g_assert (file != NULL);
      if (is_unchanged (document, previous, file, cancellable))
        {
          result->kept++;
          continue;
        }

      pdf = pln_public_edition_render (edition, document, error);
      if (pdf == NULL || !pln_file_write_bytes_safely (file, pdf, PLN_WRITE_NONE, error))
        return FALSE;
      result->written++;
    }

  return TRUE;
}

/* Removes the documents of the earlier edition that are not in this one. */
static void
remove_stale (PlnWorkspace     *edition,
              PlnWorkspace     *previous,
              GFile            *folder,
              PlnPublishResult *result,
              GCancellable     *cancellable)
{
  GListModel *earlier = previous != NULL ? pln_workspace_get_documents (previous) : NULL;
  GListModel *now = pln_workspace_get_documents (edition);

  for (guint i = 0; earlier != NULL && i < g_list_model_get_n_items (earlier); i++)
    {
      g_autoptr(PlnPublishedDocument) other = g_list_model_get_item (earlier, i);
      const char *path = pln_published_document_get_path (other);
      g_autoptr(GFile) file = document_file (folder, path);
      g_autoptr(GError) error = NULL;
      gboolean kept = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (now) && !kept; j++)
        {
          g_autoptr(PlnPublishedDocument) document = g_list_model_get_item (now, j);

          kept = g_strcmp0 (pln_published_document_get_path (document), path) == 0;
        }

      if (kept || file == NULL)
        continue;
      if (g_file_delete (file, cancellable, &error))
        result->removed++;
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_warning ("Could not remove %s: %s", path, error->message);
    }
}

/* Writes workspace.json unless only the time of publication changed. */
static gboolean
write_edition (PlnWorkspace      *edition,
               GBytes            *previous_bytes,
               PlnWorkspace      *previous,
               GFile             *folder,
               PlnPublishResult  *result,
               GError           **error)
{
  g_autoptr(GFile) file = g_file_get_child (folder, PLN_PUBLIC_EDITION_FILE);
  g_autoptr(GDateTime) now = g_date_time_ref (pln_workspace_get_published (edition));
  g_autoptr(GBytes) bytes = NULL;

  if (previous != NULL && pln_workspace_get_published (previous) != NULL)
    {
      g_autoptr(GBytes) same = NULL;

      pln_workspace_set_published (edition, pln_workspace_get_published (previous));
      same = pln_public_edition_serialize (edition, error);
      if (same == NULL)
        return FALSE;
      if (g_bytes_equal (same, previous_bytes))
        return TRUE;
      pln_workspace_set_published (edition, now);
    }

  bytes = pln_public_edition_serialize (edition, error);
  if (bytes == NULL || !pln_file_write_bytes_safely (file, bytes, PLN_WRITE_NONE, error))
    return FALSE;

  result->edition_written = TRUE;
  return TRUE;
}

/**
 * pln_public_edition_publish:
 * @full: the text of the secretariat's workspace file
 * @folder: where to publish: a folder, local or any GIO location
 * @result: (out caller-allocates) (optional): what was written
 *
 * Writes the public edition of @full and its documents into @folder,
 * replacing an earlier edition there: documents are written when their
 * content changed, those no longer published are removed, and
 * workspace.json is written when anything but the time changed. A
 * workspace.json in @folder that is not a public edition is never
 * replaced.
 *
 * Returns: %TRUE when the edition in @folder is the new one
 */
gboolean
pln_public_edition_publish (GBytes                  *full,
                            const PlnPublicOptions  *options,
                            GFile                   *folder,
                            PlnPublishResult        *result,
                            GCancellable            *cancellable,
                            GError                 **error)
{
  g_autoptr(PlnWorkspace) previous = NULL;
  g_autoptr(GBytes) previous_bytes = NULL;
  g_autoptr(PlnWorkspace) edition = NULL;
  g_autoptr(GBytes) checked = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  PlnPublishResult local = { 0, };

  g_return_val_if_fail (full != NULL && options != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  if (!make_folder (folder, cancellable, error) ||
      !read_previous (folder, &previous, &previous_bytes, cancellable, error))
    return FALSE;

  /* Checked before anything is written. */
  edition = pln_public_edition_new_from_bytes (full, options, previous, now, error);
  if (edition == NULL || (checked = pln_public_edition_serialize (edition, error)) == NULL ||
      !write_documents (edition, previous, folder, &local, cancellable, error) ||
      !write_edition (edition, previous_bytes, previous, folder, &local, error))
    return FALSE;

  remove_stale (edition, previous, folder, &local, cancellable);
  if (result != NULL)
    *result = local;
  return TRUE;
}

typedef struct
{
  PlnJsonSnapshot *snapshot;
  char            *publisher;
  gboolean         with_sources;
  GFile           *folder;
} PublishJob;

static void
publish_job_free (gpointer data)
{
  PublishJob *job = data;

  pln_json_snapshot_unref (job->snapshot);
  g_free (job->publisher);
  g_clear_object (&job->folder);
  g_free (job);
}

static void
publish_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PublishJob *job = task_data;
  g_autoptr(GBytes) full = pln_json_snapshot_write (job->snapshot);
  PlnPublicOptions options = { job->publisher, job->with_sources };
  GError *error = NULL;

  if (pln_public_edition_publish (full, &options, job->folder, NULL, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * pln_public_edition_publish_async:
 *
 * pln_public_edition_publish() of @workspace as it stands now, in a
 * worker: the workspace's text is taken here, at once, as a save takes
 * it, and everything else is done in the worker.
 */
void
pln_public_edition_publish_async (PlnWorkspace            *workspace,
                                  const PlnPublicOptions  *options,
                                  GFile                   *folder,
                                  GCancellable            *cancellable,
                                  GAsyncReadyCallback      callback,
                                  gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  PublishJob *job;

  g_return_if_fail (PLN_IS_WORKSPACE (workspace));
  g_return_if_fail (options != NULL && G_IS_FILE (folder));

  job = g_new0 (PublishJob, 1);
  job->snapshot = pln_json_snapshot_new (workspace);
  job->publisher = g_strdup (options->publisher);
  job->with_sources = options->with_sources;
  job->folder = g_object_ref (folder);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pln_public_edition_publish_async);
  g_task_set_task_data (task, job, publish_job_free);
  g_task_run_in_thread (task, publish_thread);
}

gboolean
pln_public_edition_publish_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
