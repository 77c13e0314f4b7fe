/* pln-store-offline.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pln-error.h"
#include "pln-file-io.h"
#include "pln-store-private.h"

/* A workspace on a share (WebDAV, SMB) whose server cannot be reached
 * when it is saved: the store goes offline. Every edit is then kept in a
 * local copy, under $XDG_DATA_HOME/plenary/offline/, named from a hash of
 * the file's URI:
 *
 *   HASH.json       the workspace as edited (a workspace file of its own)
 *   HASH.base.json  what was last read from the server: the base of the
 *                   merge when it is back
 *   HASH.ini        the file's URI, the ETag of the base, since when
 *
 * all written atomically and readable by their owner only. Saving to the
 * server is tried again after a wait that doubles each time (up to five
 * minutes), and whenever the user asks; once it goes through (merged with
 * what others saved meanwhile) the local copy is removed. A workspace
 * opened while its local copy is there opens the copy, offline, and is
 * saved to the server from it. The server's file is only ever written by
 * the one conditional, atomic save. */

#define DEFAULT_RETRY_DELAY_MS 2000
#define MAX_RETRY_DELAY_MS (5 * 60 * 1000)

#define COPY_FLAGS PLN_WRITE_PRIVATE

/* How long a connection to the server is tried, to tell whether it can be
 * reached when a save failed. */
#define PROBE_TIMEOUT_S 10
#define INFO_GROUP "Offline"

void
_pln_offline_copy_clear (PlnOfflineCopy *copy)
{
  g_clear_pointer (&copy->workspace, g_bytes_unref);
  g_clear_pointer (&copy->base, g_bytes_unref);
  g_clear_pointer (&copy->etag, g_free);
  g_clear_pointer (&copy->since, g_date_time_unref);
}

/**
 * _pln_store_offline_file:
 * @suffix: ".json", ".base.json" or ".ini"
 *
 * Returns: (transfer full): where the local copy of @file keeps that part
 */
GFile *
_pln_store_offline_file (GFile      *file,
                         const char *suffix)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
  g_autofree char *name = g_strconcat (hash, suffix, NULL);

  return g_file_new_build_filename (g_get_user_data_dir (), "plenary", "offline", name, NULL);
}

/* The port a location's server listens on, when its URI does not say. */
static int
default_port (const char *scheme)
{
  static const struct { const char *scheme; int port; } ports[] = {
    { "dav", 80 }, { "http", 80 }, { "davs", 443 }, { "https", 443 },
    { "smb", 445 }, { "sftp", 22 }, { "ssh", 22 }, { "ftp", 21 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (ports); i++)
    if (g_ascii_strcasecmp (scheme, ports[i].scheme) == 0)
      return ports[i].port;
  return -1;
}

/* Whether a connection to the server of @file can be opened now. */
static gboolean
server_answers (GFile        *file,
                GCancellable *cancellable,
                gboolean     *known)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);
  g_autoptr(GSocketClient) client = NULL;
  g_autoptr(GSocketConnection) connection = NULL;
  int port;

  *known = FALSE;
  if (parsed == NULL || g_uri_get_host (parsed) == NULL)
    return FALSE;
  port = g_uri_get_port (parsed) > 0 ? g_uri_get_port (parsed) : default_port (g_uri_get_scheme (parsed));
  if (port <= 0)
    return FALSE;

  *known = TRUE;
  client = g_socket_client_new ();
  g_socket_client_set_timeout (client, PROBE_TIMEOUT_S);
  connection = g_socket_client_connect_to_host (client, g_uri_get_host (parsed), port, cancellable, NULL);
  return connection != NULL;
}

/**
 * _pln_store_is_unreachable:
 *
 * Whether a save of @file failed because its server cannot be reached,
 * rather than for what it was asked (a changed file, a permission, a
 * folder that is not there) or our own reasons. GVfs reports most of
 * both as G_IO_ERROR_FAILED ("HTTP Error: Conflict", "Could not connect"),
 * so the server is asked directly: can a connection to it be opened now?
 * In the saving worker: that can take up to PROBE_TIMEOUT_S.
 */
gboolean
_pln_store_is_unreachable (GFile        *file,
                           const GError *error,
                           GCancellable *cancellable)
{
  gboolean known;
  gboolean answers;

  if (error == NULL || g_file_is_native (file) || error->domain == PLN_ERROR ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;

  answers = server_answers (file, cancellable, &known);
  if (known)
    return !answers;

  /* A location without a host and port: its error says what it can. */
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_MOUNTED) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_NOT_FOUND) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
}

static gboolean
ensure_folder (GFile   *file,
               GError **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = g_file_get_path (parent);

  if (g_mkdir_with_parents (path, 0700) == 0)
    return TRUE;

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
               /* Translators: %s is a folder; then the system's reason */
               _("Could not make the folder “%s”: %s"), path, g_strerror (errno));
  return FALSE;
}

static gboolean
write_info (GFile       *file,
            const char  *etag,
            GDateTime   *since,
            GError     **error)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GFile) info_file = _pln_store_offline_file (file, ".ini");
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *when = g_date_time_format_iso8601 (since);
  g_autoptr(GBytes) bytes = NULL;
  char *data;
  gsize length;

  g_key_file_set_string (info, INFO_GROUP, "URI", uri);
  if (etag != NULL)
    g_key_file_set_string (info, INFO_GROUP, "ETag", etag);
  g_key_file_set_string (info, INFO_GROUP, "Since", when);
  data = g_key_file_to_data (info, &length, NULL);
  bytes = g_bytes_new_take (data, length);
  return pln_file_write_bytes_safely (info_file, bytes, COPY_FLAGS, error);
}

static gboolean
write_snapshot (GFile            *file,
                PlnJsonSnapshot  *text,
                GError          **error)
{
  guint n_pieces;
  GBytes * const *pieces = pln_json_snapshot_get_pieces (text, &n_pieces);

  return pln_file_write_pieces_safely (file, pieces, n_pieces, COPY_FLAGS, NULL, NULL, NULL, error);
}

/**
 * _pln_store_keep_offline:
 * @bytes: the workspace as edited
 * @first: whether the store goes offline now: then @base (what was last
 *   read from the server, %NULL for a file never read), @etag and @since
 *   are written too; later only the workspace is
 *
 * Writes the local copy of @file. Safe in a worker thread.
 */
gboolean
_pln_store_keep_offline (GFile           *file,
                         PlnJsonSnapshot *mine,
                         gboolean         first,
                         PlnJsonSnapshot *base,
                         const char  *etag,
                         GDateTime   *since,
                         GError     **error)
{
  g_autoptr(GFile) copy = _pln_store_offline_file (file, ".json");
  g_autoptr(GFile) base_file = _pln_store_offline_file (file, ".base.json");

  if (!ensure_folder (copy, error))
    return FALSE;

  if (first)
    {
      if (base == NULL)
        g_file_delete (base_file, NULL, NULL);
      else if (!write_snapshot (base_file, base, error))
        return FALSE;

      if (!write_info (file, etag, since, error))
        return FALSE;
    }

  return write_snapshot (copy, mine, error);
}

static GBytes *
read_part (GFile        *file,
           const char   *suffix,
           GCancellable *cancellable)
{
  g_autoptr(GFile) part = _pln_store_offline_file (file, suffix);
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length;

  if (!pln_file_read_bounded (part, PLN_FILE_LIMIT_WORKSPACE, cancellable, &data, &length, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_warning ("The local copy of a workspace could not be read: %s", error->message);
      return NULL;
    }
  return g_bytes_new_take (data, length);
}

/**
 * _pln_store_read_offline:
 *
 * Reads the local copy of @file, when there is a whole one.
 */
gboolean
_pln_store_read_offline (GFile          *file,
                         PlnOfflineCopy *copy,
                         GCancellable   *cancellable)
{
  g_autoptr(GBytes) info_bytes = read_part (file, ".ini", cancellable);
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *since = NULL;

  if (info_bytes == NULL ||
      !g_key_file_load_from_bytes (info, info_bytes, G_KEY_FILE_NONE, NULL) ||
      (copy->workspace = read_part (file, ".json", cancellable)) == NULL)
    {
      _pln_offline_copy_clear (copy);
      return FALSE;
    }

  /* None for a file that was never read: then nothing is merged. */
  copy->base = read_part (file, ".base.json", cancellable);

  copy->etag = g_key_file_get_string (info, INFO_GROUP, "ETag", NULL);
  since = g_key_file_get_string (info, INFO_GROUP, "Since", NULL);
  copy->since = since != NULL ? g_date_time_new_from_iso8601 (since, NULL) : NULL;
  if (copy->since == NULL)
    copy->since = g_date_time_new_now_utc ();
  return TRUE;
}

/* Once the edits are on the server. */
void
_pln_store_remove_offline (GFile *file)
{
  const char *suffixes[] = { ".json", ".base.json", ".ini" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autoptr(GFile) part = _pln_store_offline_file (file, suffixes[i]);

      g_file_delete (part, NULL, NULL);
    }
}

static void
retry_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!pln_store_save_finish (PLN_STORE (object), result, &error))
    g_debug ("Saving to the server again failed: %s", error->message);
}

static gboolean
retry_cb (gpointer user_data)
{
  PlnStore *self = user_data;

  self->retry_source = 0;
  if (self->saving)
    {
      /* That save tells what happened, and schedules the next try. */
      return G_SOURCE_REMOVE;
    }

  pln_store_save_async (self, NULL, retry_done_cb, NULL);
  return G_SOURCE_REMOVE;
}

static void
schedule_retry (PlnStore *self,
                guint     delay)
{
  g_clear_handle_id (&self->retry_source, g_source_remove);
  self->retry_source = g_timeout_add (delay, retry_cb, self);
}

/**
 * _pln_store_went_offline:
 * @kept_generation: the edit count the local copy has now
 *
 * A save could not reach the server: the store is offline (or still is),
 * and tries again after a longer wait than the last.
 */
void
_pln_store_went_offline (PlnStore *self,
                         guint64   kept_generation)
{
  self->kept_generation = kept_generation;
  schedule_retry (self, self->retry_next);
  self->retry_next = MIN (self->retry_next * 2, MAX_RETRY_DELAY_MS);

  if (self->state == PLN_STORE_STATE_OFFLINE)
    return;

  self->state = PLN_STORE_STATE_OFFLINE;
  if (self->offline_since == NULL)
    self->offline_since = g_date_time_new_now_utc ();
  _pln_store_notify (self, PROP_OFFLINE_SINCE);
  _pln_store_notify (self, PROP_STATE);
}

/**
 * _pln_store_back_online:
 * @saved: whether the edits are on the server now (the local copy can go)
 *
 * The server answered a save.
 */
void
_pln_store_back_online (PlnStore *self,
                        gboolean  saved)
{
  gboolean was_offline = self->state == PLN_STORE_STATE_OFFLINE;

  g_clear_handle_id (&self->retry_source, g_source_remove);
  self->retry_next = self->retry_delay;
  /* Also after the conflicts met on the way back were chosen. */
  if (saved && !g_file_is_native (self->file))
    _pln_store_remove_offline (self->file);

  if (!was_offline)
    return;

  self->state = PLN_STORE_STATE_ONLINE;
  g_clear_pointer (&self->offline_since, g_date_time_unref);
  _pln_store_notify (self, PROP_OFFLINE_SINCE);
  _pln_store_notify (self, PROP_STATE);
}

/**
 * pln_store_get_state:
 *
 * Returns: whether the file is reached, or the store keeps its edits in a
 *   local copy until the file's server is back
 */
PlnStoreState
pln_store_get_state (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), PLN_STORE_STATE_ONLINE);

  return self->state;
}

/**
 * pln_store_get_offline_since:
 *
 * Returns: (transfer none) (nullable): since when the store is offline
 */
GDateTime *
pln_store_get_offline_since (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), NULL);

  return self->offline_since;
}

/**
 * pln_store_get_offline_copy:
 *
 * Returns: (transfer full): where the edits are kept while the store is
 *   offline
 */
GFile *
pln_store_get_offline_copy (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), NULL);

  return _pln_store_offline_file (self->file, ".json");
}

/**
 * pln_store_get_retry_delay:
 *
 * Returns: how long the store waits, offline, before it next tries the
 *   server, in milliseconds
 */
guint
pln_store_get_retry_delay (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), 0);

  return self->retry_next;
}

/**
 * pln_store_set_retry_delay:
 * @milliseconds: the first wait before trying the server again; each wait
 *   after is twice the one before
 */
void
pln_store_set_retry_delay (PlnStore *self,
                           guint     milliseconds)
{
  g_return_if_fail (PLN_IS_STORE (self));
  g_return_if_fail (milliseconds > 0);

  self->retry_delay = milliseconds;
  self->retry_next = milliseconds;
}

void
_pln_store_init_offline (PlnStore *self)
{
  self->retry_delay = DEFAULT_RETRY_DELAY_MS;
  self->retry_next = DEFAULT_RETRY_DELAY_MS;
}
