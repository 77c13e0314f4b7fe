/* pln-file-io.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-file-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pln-error.h"
#include "pln-file-io.h"

/* The one way Plenary reads and writes its files.
 *
 * Reading is bounded: what is not a regular file (a folder, a pipe that
 * never ends, a device such as /dev/zero) or is larger than the limit is
 * refused before anything is read, and reading stops at the limit for a
 * file that grows or lies about its size.
 *
 * Writing never touches the file until the new one is whole and durable:
 *
 *   1. the data goes to ".NAME.plenary-tmp-XXXXXX" in the same folder
 *      (0600 for personal data), locked while this process works on it;
 *   2. it is written in full and fsync()ed; on any failure (a full disk, a
 *      quota, EFBIG) the temporary file is removed and the file and its
 *      backup stay byte for byte as they were;
 *   3. with a backup, the current file gets a second name
 *      ".NAME~.plenary-tmp-XXXXXX" (a hard link: no copy, no window
 *      without a backup);
 *   4. the temporary file is renamed over NAME, then the link over NAME~,
 *      and the folder is fsync()ed, so the renames survive a power cut.
 *
 * A process killed anywhere in between leaves NAME whole (old or new),
 * NAME~ present once there was a first save, and at most the temporary
 * names, which hold personal data: pln_file_remove_stale_temporaries()
 * removes them when the file is next opened, unless another process still
 * holds its lock on one (a save in progress elsewhere).
 *
 * Locations without a local path (a WebDAV share through GVfs) go through
 * GIO's own replace, which is atomic on the server side. */

#define TEMP_INFIX ".plenary-tmp-"
#define READ_CHUNK (256 * 1024)

static char *
display_name (GFile *file)
{
  return g_file_get_parse_name (file);
}

static gboolean
refuse_file_type (GFile      *file,
                  GFileType   type,
                  GError    **error)
{
  g_autofree char *name = display_name (file);

  if (type == G_FILE_TYPE_REGULAR)
    return FALSE;

  if (type == G_FILE_TYPE_DIRECTORY)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                 /* Translators: %s is a file name */
                 _("“%s” is a folder, not a file."), name);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 /* Translators: %s is a file name */
                 _("“%s” is not a regular file (it is a device, a pipe or a socket) and cannot be read."),
                 name);
  return TRUE;
}

static void
set_too_large (GError  **error,
               GFile    *file,
               goffset   size,
               goffset   limit)
{
  g_autofree char *name = display_name (file);
  g_autofree char *size_text = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
  g_autofree char *limit_text = g_format_size_full (limit, G_FORMAT_SIZE_IEC_UNITS);

  g_set_error (error, PLN_ERROR, PLN_ERROR_TOO_LARGE,
               /* Translators: a file name, its size ("1.1 GiB") and the largest size Plenary reads */
               _("“%s” is too large to read (%s); Plenary reads files of up to %s."),
               name, size_text, limit_text);
}

/**
 * pln_stream_read_up_to:
 * @data: where what is read is appended
 *
 * Reads @stream to its end, or until @data holds more than @limit bytes
 * (the caller then refuses it, in its words): a pipe, /proc or a web
 * server may send without end, or more than they said.
 *
 * Returns: %FALSE with @error set if the stream could not be read
 */
gboolean
pln_stream_read_up_to (GInputStream  *stream,
                       goffset        limit,
                       GByteArray    *data,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  while ((goffset) data->len <= limit)
    {
      guint8 chunk[READ_CHUNK];
      gssize n = g_input_stream_read (stream, chunk, sizeof chunk, cancellable, error);

      if (n < 0)
        return FALSE;
      if (n == 0)
        break;
      g_byte_array_append (data, chunk, n);
    }

  return TRUE;
}

/**
 * pln_file_read_bounded:
 * @limit: the largest size accepted, in bytes
 * @contents: (out): the contents, with a terminating NUL byte
 * @length: (out) (optional): their length
 * @etag: (out) (optional): the entity tag of what was read, for a save
 *   that must notice a change by another program
 *
 * Reads a whole regular file of at most @limit bytes. Anything else is
 * refused before it is read, with a message that says what it is.
 *
 * Returns: whether @contents were read
 */
gboolean
pln_file_read_bounded (GFile         *file,
                       goffset        limit,
                       GCancellable  *cancellable,
                       char         **contents,
                       gsize         *length,
                       char         **etag,
                       GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) data = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  /* Asked before opening: opening a pipe without a writer never returns. */
  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_ETAG_VALUE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return FALSE;

  if (refuse_file_type (file, g_file_info_get_file_type (info), error))
    return FALSE;

  if (g_file_info_get_size (info) > limit)
    {
      set_too_large (error, file, g_file_info_get_size (info), limit);
      return FALSE;
    }

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return FALSE;

  data = g_byte_array_sized_new (MIN ((gsize) g_file_info_get_size (info) + 1, (gsize) limit + 1));
  if (!pln_stream_read_up_to (G_INPUT_STREAM (stream), limit, data, cancellable, error))
    return FALSE;
  /* A file that grows while it is read, or reports no size (/proc). */
  if ((goffset) data->len > limit)
    {
      set_too_large (error, file, data->len, limit);
      return FALSE;
    }

  if (length != NULL)
    *length = data->len;
  g_byte_array_append (data, (const guint8 *) "", 1);
  if (etag != NULL)
    *etag = g_strdup (g_file_info_get_etag (info));
  *contents = (char *) g_byte_array_free (g_steal_pointer (&data), FALSE);
  return TRUE;
}

/* A failed write in words a person can act on; @existed says whether a
 * version of the file was there before, which is then unchanged. */
static void
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno,
                 gboolean     existed)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *what = NULL;
  GIOErrorEnum code = g_io_error_from_errno (saved_errno);

  switch (saved_errno)
    {
    case ENOSPC:
    case EFBIG:
      /* Translators: %s is a file name */
      what = g_strdup_printf (_("The disk is full: “%s” was not saved."), name);
      break;

    case EDQUOT:
      /* Translators: %s is a file name */
      what = g_strdup_printf (_("Your disk quota is used up: “%s” was not saved."), name);
      break;

    case EACCES:
    case EPERM:
    case EROFS:
      /* Translators: %s is a file name */
      what = g_strdup_printf (_("“%s” was not saved: Plenary is not allowed to write in its folder."), name);
      break;

    default:
      /* Translators: a file name, then the system's reason */
      what = g_strdup_printf (_("“%s” was not saved: %s."), name, g_strerror (saved_errno));
    }

  if (existed)
    g_set_error (error, G_IO_ERROR, code,
                 /* Translators: two sentences one after the other: why a
                  * file was not saved, then "The version saved before is
                  * unchanged." */
                 C_("two sentences", "%s %s"), what,
                 _("The version saved before is unchanged."));
  else
    g_set_error_literal (error, G_IO_ERROR, code, what);
}

static gboolean
write_all (int         fd,
           const char *data,
           gsize       length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, MIN (length, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      data += n;
      length -= n;
    }
  return TRUE;
}

static gboolean
fsync_folder (const char *folder)
{
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  /* Some file systems (and FUSE mounts) cannot sync a folder: the rename
   * is done all the same, so that is not a failure of the save. */
  ok = fsync (fd) == 0 || errno == EINVAL || errno == ENOTSUP;
  close (fd);
  return ok;
}

/* A second name for the current file, to become the backup. A file system
 * without hard links gets a copy instead, made durable first. */
static char *
link_backup (const char  *path,
             const char  *folder,
             const char  *base,
             GError     **error)
{
  g_autofree char *template = g_strdup_printf ("%s/.%s~" TEMP_INFIX "XXXXXX", folder, base);
  g_autofree char *contents = NULL;
  gsize length;
  int fd;

  fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_write_error (error, path, errno, TRUE);
      return NULL;
    }

  /* link() does not replace: the name made unique above is freed first. */
  close (fd);
  g_unlink (template);
  if (link (path, template) == 0)
    return g_steal_pointer (&template);

  if (!g_file_get_contents (path, &contents, &length, NULL))
    {
      set_write_error (error, path, errno != 0 ? errno : EIO, TRUE);
      return NULL;
    }

  fd = g_open (template, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 || !write_all (fd, contents, length) || fsync (fd) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      g_unlink (template);
      set_write_error (error, path, saved_errno, TRUE);
      return NULL;
    }
  close (fd);
  return g_steal_pointer (&template);
}

static gboolean
etag_matches (GFile      *file,
              const char *expected_etag,
              GError    **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;

  if (expected_etag == NULL)
    return TRUE;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    return TRUE;   /* gone: nothing to overwrite */

  if (g_strcmp0 (g_file_info_get_etag (info), expected_etag) == 0)
    return TRUE;

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                       _("The file was changed by another program."));
  return FALSE;
}

static gboolean
write_local (GFile          *file,
             const char     *path,
             GBytes * const *pieces,
             guint           n_pieces,
             PlnWriteFlags   flags,
             const char     *expected_etag,
             GCancellable   *cancellable,
             GError        **error)
{
  g_autofree char *real = realpath (path, NULL);
  const char *target = real != NULL ? real : path;
  g_autofree char *folder = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *temp = g_strdup_printf ("%s/.%s" TEMP_INFIX "XXXXXX", folder, base);
  g_autofree char *backup_temp = NULL;
  g_autofree char *backup = NULL;
  gboolean existed = g_file_test (target, G_FILE_TEST_EXISTS);
  struct stat st;
  int saved_errno;
  int fd;

  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, (flags & PLN_WRITE_PRIVATE) ? 0600 : 0666);
  if (fd < 0)
    {
      set_write_error (error, target, errno, existed);
      return FALSE;
    }

  /* Held until the end: tells a cleanup in another process that this
   * temporary file is not a leftover. */
  flock (fd, LOCK_EX);

  /* A file anyone could read keeps the mode it had. */
  if (!(flags & PLN_WRITE_PRIVATE) && existed && g_stat (target, &st) == 0)
    fchmod (fd, st.st_mode & 07777);

  for (guint i = 0; i < n_pieces; i++)
    {
      gsize length;
      const char *data = g_bytes_get_data (pieces[i], &length);

      if (length > 0 && !write_all (fd, data, length))
        goto failed;
    }
  if (fsync (fd) != 0)
    goto failed;

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !etag_matches (file, expected_etag, error))
    {
      close (fd);
      g_unlink (temp);
      return FALSE;
    }

  if ((flags & PLN_WRITE_BACKUP) && existed)
    {
      backup_temp = link_backup (target, folder, base, error);
      if (backup_temp == NULL)
        {
          close (fd);
          g_unlink (temp);
          return FALSE;
        }
    }

  if (g_rename (temp, target) != 0)
    goto failed;

  if (backup_temp != NULL)
    {
      backup = g_strconcat (target, "~", NULL);
      if (g_rename (backup_temp, backup) != 0)
        g_unlink (backup_temp);   /* the file is saved; the old backup stays */
    }

  fsync_folder (folder);
  close (fd);
  return TRUE;

failed:
  saved_errno = errno;
  close (fd);
  g_unlink (temp);
  if (backup_temp != NULL)
    g_unlink (backup_temp);
  set_write_error (error, target, saved_errno, existed);
  return FALSE;
}

/* A web server gives a weak entity tag ("W/…") to a file changed less than
 * a second before it was asked (Apache does: it cannot tell two changes
 * within the same second apart), and refuses any conditional write against
 * a weak tag. The tag becomes strong a second later: wait for it, in the
 * worker that saves, and write on the strong tag if the file is still the
 * one read. Returns the tag to write on; fails with WRONG_ETAG if the file
 * changed meanwhile. */
static char *
wait_for_strong_etag (GFile         *file,
                      const char    *expected_etag,
                      GCancellable  *cancellable,
                      GError       **error)
{
  const char *strong = expected_etag + 2;
  gulong delay = 100 * 1000;

  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(GFileInfo) info = NULL;
      const char *etag;

      g_usleep (delay);
      delay *= 2;
      info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, cancellable, error);
      if (info == NULL)
        return NULL;

      etag = g_file_info_get_etag (info);
      if (etag == NULL || g_str_has_prefix (etag, "W/"))
        {
          if (g_strcmp0 (etag, expected_etag) == 0)
            continue;
        }
      else if (g_strcmp0 (etag, strong) == 0)
        return g_strdup (strong);
      break;
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                       _("The file was changed by another program."));
  return NULL;
}

/* g_file_replace_contents() for a text in pieces. */
static gboolean
replace_contents (GFile             *file,
                  GBytes * const    *pieces,
                  guint              n_pieces,
                  const char        *etag,
                  gboolean           make_backup,
                  GFileCreateFlags   create,
                  char             **new_etag,
                  GCancellable      *cancellable,
                  GError           **error)
{
  g_autoptr(GFileOutputStream) out = g_file_replace (file, etag, make_backup, create, cancellable, error);

  if (out == NULL)
    return FALSE;

  for (guint i = 0; i < n_pieces; i++)
    {
      gsize length;
      const void *data = g_bytes_get_data (pieces[i], &length);

      if (length > 0 &&
          !g_output_stream_write_all (G_OUTPUT_STREAM (out), data, length, NULL, cancellable, error))
        {
          /* Cancelled, so that what was written so far is not kept. */
          g_autoptr(GCancellable) drop = g_cancellable_new ();

          g_cancellable_cancel (drop);
          g_output_stream_close (G_OUTPUT_STREAM (out), drop, NULL);
          return FALSE;
        }
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, error))
    return FALSE;
  if (new_etag != NULL)
    *new_etag = g_file_output_stream_get_etag (out);
  return TRUE;
}

static gboolean
write_remote (GFile          *file,
              GBytes * const *pieces,
              guint           n_pieces,
              PlnWriteFlags   flags,
              const char     *expected_etag,
              char          **new_etag,
              GCancellable   *cancellable,
              GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *strong_etag = NULL;
  GFileCreateFlags create = G_FILE_CREATE_REPLACE_DESTINATION;

  if (flags & PLN_WRITE_PRIVATE)
    create |= G_FILE_CREATE_PRIVATE;

  if (expected_etag != NULL && g_str_has_prefix (expected_etag, "W/"))
    {
      strong_etag = wait_for_strong_etag (file, expected_etag, cancellable, &local_error);
      if (strong_etag == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      expected_etag = strong_etag;
    }

  if (replace_contents (file, pieces, n_pieces, expected_etag, (flags & PLN_WRITE_BACKUP) != 0,
                        create, new_etag, cancellable, &local_error))
    return TRUE;

  /* GVfs's WebDAV backend keeps no backups of its own: the previous
   * version is copied to "FILE~" first, then replaced (on the same
   * condition: a copy made before a refused write is the server's version,
   * which stays in the file anyway). */
  if ((flags & PLN_WRITE_BACKUP) && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANT_CREATE_BACKUP))
    {
      g_autoptr(GFile) backup = pln_file_get_backup (file);
      g_autoptr(GError) copy_error = NULL;

      g_clear_error (&local_error);
      if (!g_file_copy (file, backup, G_FILE_COPY_OVERWRITE, cancellable, NULL, NULL, &copy_error))
        g_debug ("No backup of the remote file: %s", copy_error->message);

      if (replace_contents (file, pieces, n_pieces, expected_etag, FALSE,
                            create, new_etag, cancellable, &local_error))
        return TRUE;
    }

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
    }
  else
    {
      g_autofree char *name = display_name (file);

      g_set_error (error, local_error->domain, local_error->code,
                   /* Translators: a file name, then the reason */
                   _("“%s” was not saved: %s"), name, local_error->message);
    }
  return FALSE;
}

/**
 * pln_file_write_safely:
 * @expected_etag: (nullable): the entity tag @file had when it was read;
 *   the write fails with %G_IO_ERROR_WRONG_ETAG if it has changed since
 * @new_etag: (out) (optional): the entity tag of the file written
 *
 * Writes @bytes as the whole of @file, atomically and durably: on failure
 * @file and its backup are as they were and no other file is left behind.
 *
 * Returns: whether @file now holds @bytes
 */
gboolean
pln_file_write_safely (GFile          *file,
                       GBytes         *bytes,
                       PlnWriteFlags   flags,
                       const char     *expected_etag,
                       char          **new_etag,
                       GCancellable   *cancellable,
                       GError        **error)
{
  g_return_val_if_fail (bytes != NULL, FALSE);

  return pln_file_write_pieces_safely (file, &bytes, 1, flags, expected_etag, new_etag, cancellable, error);
}

/**
 * pln_file_write_pieces_safely:
 * @pieces: (array length=n_pieces): the file's text, in pieces
 *
 * pln_file_write_safely() for a text in pieces, written one after the
 * other without being joined (a workspace's, see pln_json_snapshot_get_pieces()).
 *
 * Returns: whether @file now holds the pieces
 */
gboolean
pln_file_write_pieces_safely (GFile          *file,
                              GBytes * const *pieces,
                              guint           n_pieces,
                              PlnWriteFlags   flags,
                              const char     *expected_etag,
                              char          **new_etag,
                              GCancellable   *cancellable,
                              GError        **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GFileInfo) info = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (pieces != NULL || n_pieces == 0, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      if (!write_remote (file, pieces, n_pieces, flags, expected_etag, new_etag, cancellable, error))
        return FALSE;
    }
  else if (!write_local (file, path, pieces, n_pieces, flags, expected_etag, cancellable, error))
    {
      return FALSE;
    }

  /* GVfs's WebDAV backend does not say the tag of what it wrote: asked
   * for it, so that the next save is conditional too. */
  if (new_etag != NULL && (path != NULL || *new_etag == NULL))
    {
      info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
      *new_etag = info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
    }
  return TRUE;
}

/**
 * pln_file_write_bytes_safely:
 *
 * pln_file_write_safely() for an export: the whole of @bytes, no entity
 * tag to compare.
 */
gboolean
pln_file_write_bytes_safely (GFile          *file,
                             GBytes         *bytes,
                             PlnWriteFlags   flags,
                             GError        **error)
{
  return pln_file_write_safely (file, bytes, flags, NULL, NULL, NULL, error);
}

static void
mount_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GError **error = user_data;

  if (g_file_mount_enclosing_volume_finish (G_FILE (object), result, error))
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_ALREADY_MOUNTED, "");
}

/* Mounts @folder, waiting on a main context of this thread's own. */
static gboolean
mount_folder (GFile         *folder,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GMountOperation) operation = g_mount_operation_new ();
  GError *local_error = NULL;

  g_main_context_push_thread_default (context);
  g_file_mount_enclosing_volume (folder, G_MOUNT_MOUNT_NONE, operation, cancellable, mount_done_cb, &local_error);
  while (local_error == NULL)
    g_main_context_iteration (context, TRUE);
  /* What GIO left to do once it answered (freeing its operation). */
  while (g_main_context_iteration (context, FALSE))
    ;
  g_main_context_pop_thread_default (context);

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_ALREADY_MOUNTED))
    {
      g_error_free (local_error);
      return TRUE;
    }

  g_propagate_error (error, local_error);
  return FALSE;
}

/**
 * pln_file_get_share_folders:
 * @folder: (out) (transfer full): the folder of @file
 * @root: (out) (transfer full) (nullable): the root of its server, when
 *   that is not @folder
 *
 * What to mount for @file, in order. GVfs's WebDAV backend mounts folders,
 * not files ("Could not find an enclosing directory"); and it cannot
 * mount a folder whose name without its final slash the server redirects
 * (Apache's DirectorySlash; "Message is already in session queue"), which
 * the root of the server never is.
 */
void
pln_file_get_share_folders (GFile  *file,
                            GFile **folder,
                            GFile **root)
{
  GFile *parent = g_file_get_parent (file);
  GFile *top;

  *folder = parent != NULL ? parent : g_object_ref (file);
  *root = NULL;
  top = g_object_ref (*folder);
  while ((parent = g_file_get_parent (top)) != NULL)
    {
      g_object_unref (top);
      top = parent;
    }

  if (g_file_equal (top, *folder))
    g_object_unref (top);
  else
    *root = top;
}

/**
 * pln_file_ensure_mounted:
 *
 * Mounts the share @file is on (WebDAV, SMB through GVfs), when it is not:
 * its folder, or else the root of its server. For a worker thread: it
 * waits on a main context of its own. A share that asks for a password is
 * mounted by the interface first, which can ask.
 */
gboolean
pln_file_ensure_mounted (GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GMount) mount = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) root = NULL;
  g_autoptr(GError) local_error = NULL;

  if (g_file_is_native (file) || (mount = g_file_find_enclosing_mount (file, cancellable, NULL)) != NULL)
    return TRUE;

  pln_file_get_share_folders (file, &folder, &root);
  if (mount_folder (folder, cancellable, &local_error))
    return TRUE;

  if (root == NULL || g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      !mount_folder (root, cancellable, NULL))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_temporary_of (const char *name,
                 const char *base)
{
  gsize base_length = strlen (base);
  const char *rest;

  if (name[0] != '.' || strncmp (name + 1, base, base_length) != 0)
    return FALSE;

  rest = name + 1 + base_length;
  if (*rest == '~')
    rest++;
  return g_str_has_prefix (rest, TEMP_INFIX) && strlen (rest) == strlen (TEMP_INFIX) + 6;
}

/* Whether another process holds the lock of a temporary file it writes. */
static gboolean
is_in_use (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
  gboolean in_use;

  if (fd < 0)
    return FALSE;
  in_use = flock (fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  close (fd);
  return in_use;
}

/**
 * pln_file_remove_stale_temporaries:
 *
 * Removes what a save of @file that was interrupted (a crash, a power cut)
 * left beside it; they hold personal data. Nothing is removed while a save
 * of @file is in progress in another process.
 *
 * Returns: how many files were removed
 */
guint
pln_file_remove_stale_temporaries (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *real = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint removed = 0;

  if (path == NULL)
    return 0;

  real = realpath (path, NULL);
  folder = g_path_get_dirname (real != NULL ? real : path);
  base = g_path_get_basename (real != NULL ? real : path);
  dir = g_dir_open (folder, 0, NULL);
  if (dir == NULL)
    return 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (is_temporary_of (name, base))
      g_ptr_array_add (found, g_build_filename (folder, name, NULL));

  /* A backup link belongs to a save whose temporary file is still locked:
   * leave both until that save is over. */
  for (guint i = 0; i < found->len; i++)
    if (is_in_use (g_ptr_array_index (found, i)))
      return 0;

  for (guint i = 0; i < found->len; i++)
    if (g_unlink (g_ptr_array_index (found, i)) == 0)
      removed++;

  return removed;
}

/**
 * pln_file_get_backup:
 *
 * Returns: (transfer full): where a save of @file keeps the version it
 *   replaced ("FILE~")
 */
GFile *
pln_file_get_backup (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *backup = g_strconcat (uri, "~", NULL);

  return g_file_new_for_uri (backup);
}

/**
 * pln_file_move_aside:
 * @moved_to: (out) (optional): the new name
 *
 * Renames a damaged file to "FILE.damaged-YYYYMMDD-HHMMSS" (never over
 * another file), so that a recovered version can take its name while it is
 * kept for whoever wants to look at it.
 */
gboolean
pln_file_move_aside (GFile   *file,
                     GFile  **moved_to,
                     GError **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *uri = g_file_get_uri (file);

  for (guint n = 1; n < 100; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s.damaged-%s", uri, stamp)
                                     : g_strdup_printf ("%s.damaged-%s-%u", uri, stamp, n);
      g_autoptr(GFile) aside = g_file_new_for_uri (name);
      g_autoptr(GError) local_error = NULL;

      if (g_file_query_exists (aside, NULL))
        continue;

      if (!g_file_move (file, aside, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL, &local_error))
        {
          g_autofree char *display = display_name (file);

          g_set_error (error, local_error->domain, local_error->code,
                       /* Translators: a damaged file that is renamed to keep
                        * it before its backup takes its place; then the reason */
                       _("“%s” could not be renamed to keep it: %s"), display, local_error->message);
          return FALSE;
        }

      if (moved_to != NULL)
        *moved_to = g_steal_pointer (&aside);
      return TRUE;
    }

  {
    g_autofree char *display = display_name (file);

    g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                 /* Translators: %s is a file name */
                 _("Too many damaged copies are kept beside “%s”."), display);
  }
  return FALSE;
}
