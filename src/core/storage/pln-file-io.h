/* pln-file-io.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The largest files Plenary reads: a workspace of a hundred years of five
 * working groups is about 130 MB; an agenda or a registrations export is a
 * few hundred kilobytes. */
#define PLN_FILE_LIMIT_WORKSPACE ((goffset) 512 * 1024 * 1024)
#define PLN_FILE_LIMIT_DOCUMENT  ((goffset) 64 * 1024 * 1024)

/**
 * PlnWriteFlags:
 * @PLN_WRITE_NONE: a file anyone may read, no backup
 * @PLN_WRITE_PRIVATE: readable and writable by its owner only (0600): it
 *   holds personal data
 * @PLN_WRITE_BACKUP: keep the file it replaces as "FILE~"
 */
typedef enum /*< flags >*/
{
  PLN_WRITE_NONE    = 0,
  PLN_WRITE_PRIVATE = 1 << 0,
  PLN_WRITE_BACKUP  = 1 << 1,
} PlnWriteFlags;

gboolean  pln_stream_read_up_to            (GInputStream  *stream,
                                            goffset        limit,
                                            GByteArray    *data,
                                            GCancellable  *cancellable,
                                            GError       **error);
gboolean  pln_file_read_bounded            (GFile         *file,
                                            goffset        limit,
                                            GCancellable  *cancellable,
                                            char         **contents,
                                            gsize         *length,
                                            char         **etag,
                                            GError       **error);
gboolean  pln_file_write_safely            (GFile         *file,
                                            GBytes        *bytes,
                                            PlnWriteFlags  flags,
                                            const char    *expected_etag,
                                            char         **new_etag,
                                            GCancellable  *cancellable,
                                            GError       **error);
gboolean  pln_file_write_pieces_safely     (GFile          *file,
                                            GBytes * const *pieces,
                                            guint           n_pieces,
                                            PlnWriteFlags   flags,
                                            const char     *expected_etag,
                                            char          **new_etag,
                                            GCancellable   *cancellable,
                                            GError        **error);
gboolean  pln_file_write_bytes_safely      (GFile         *file,
                                            GBytes        *bytes,
                                            PlnWriteFlags  flags,
                                            GError       **error);
void      pln_file_get_share_folders       (GFile         *file,
                                            GFile        **folder,
                                            GFile        **root);
gboolean  pln_file_ensure_mounted          (GFile         *file,
                                            GCancellable  *cancellable,
                                            GError       **error);
guint     pln_file_remove_stale_temporaries (GFile        *file);
GFile    *pln_file_get_backup              (GFile         *file);
gboolean  pln_file_move_aside              (GFile         *file,
                                            GFile        **moved_to,
                                            GError       **error);

G_END_DECLS
