/* pln-subscription-fetch.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-subscription"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "pln-error.h"
#include "pln-file-io.h"
#include "pln-json.h"
#include "pln-module.h"
#include "pln-public-edition.h"
#include "pln-published-document.h"
#include "pln-subscription-private.h"
#include "pln-workspace.h"

/* One refresh of a subscription, run in a worker thread: the edition is
 * fetched only if it changed since the last copy (HTTP: If-None-Match and
 * If-Modified-Since, a 304 downloads nothing; other GIO locations: their
 * etag), and of its documents only those whose checksum changed. */

/* The validators of the last copy, beside it in the cache. */
#define VALIDATORS_FILE "validators.json"

typedef struct
{
  const PlnHttpModule *http;  /* (nullable): for http(s), */
  gpointer     session;       /*   its session */
  char        *etag;      /* of the last copy */
  char        *modified;  /* its Last-Modified, over HTTP */
} Source;

void
_pln_fetch_free (PlnFetch *fetch)
{
  g_free (fetch->edition_uri);
  g_free (fetch->base_uri);
  g_clear_object (&fetch->cache);
  g_clear_pointer (&fetch->new_documents, g_ptr_array_unref);
  g_free (fetch->publisher);
  g_clear_object (&fetch->edition);
  g_free (fetch);
}

static gboolean
is_http (const char *uri)
{
  g_autofree char *scheme = g_uri_parse_scheme (uri);

  return g_strcmp0 (scheme, "http") == 0 || g_strcmp0 (scheme, "https") == 0;
}

/* Failures that mean "not reachable now", after which the last copy is
 * shown and refreshing backs off, rather than "no public edition there". */
static gboolean
error_is_offline (const GError *error)
{
  if (error->domain == G_RESOLVER_ERROR)
    return TRUE;
  if (error->domain != G_IO_ERROR)
    return FALSE;

  switch (error->code)
    {
    case G_IO_ERROR_CONNECTION_REFUSED:
    case G_IO_ERROR_HOST_NOT_FOUND:
    case G_IO_ERROR_NETWORK_UNREACHABLE:
    case G_IO_ERROR_TIMED_OUT:
    case G_IO_ERROR_NOT_CONNECTED:
    case G_IO_ERROR_CONNECTION_CLOSED:
    case G_IO_ERROR_NOT_MOUNTED:
    case G_IO_ERROR_PROXY_FAILED:
      return TRUE;
    default:
      return FALSE;
    }
}

/* ------------------------------------------------------------ validators */

static void
read_validators (GFile  *cache,
                 Source *source)
{
  g_autoptr(GFile) file = g_file_get_child (cache, VALIDATORS_FILE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = g_file_get_path (file);
  JsonObject *object;

  if (!json_parser_load_from_file (parser, path, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return;

  object = json_node_get_object (json_parser_get_root (parser));
  source->etag = g_strdup (json_object_get_string_member_with_default (object, "etag", NULL));
  source->modified = g_strdup (json_object_get_string_member_with_default (object, "last-modified", NULL));
}

static gboolean
write_validators (GFile       *cache,
                  const char  *etag,
                  const char  *modified,
                  GError     **error)
{
  g_autoptr(GFile) file = g_file_get_child (cache, VALIDATORS_FILE);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "etag");
  json_builder_add_string_value (builder, etag);
  json_builder_set_member_name (builder, "last-modified");
  json_builder_add_string_value (builder, modified);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return _pln_subscription_write_json (file, root, error);
}

/* ------------------------------------------------------------ fetching */

/* GET @uri; with @source's validators when @conditional. Sets
 * @not_modified on a 304 and returns NULL without an error then. */
static GBytes *
http_get (Source        *source,
          const char    *uri,
          gboolean       conditional,
          goffset        limit,
          char         **etag,
          char         **modified,
          gboolean      *not_modified,
          GCancellable  *cancellable,
          GError       **error)
{
  g_auto(PlnHttpResponse) response = { 0, };
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GByteArray) data = NULL;
  g_autoptr(GBytes) bytes = NULL;

  stream = source->http->get (source->session, uri,
                              conditional ? source->etag : NULL,
                              conditional ? source->modified : NULL,
                              &response, cancellable, error);
  if (stream == NULL)
    return NULL;

  if (response.status == 304)
    {
      *not_modified = TRUE;
      return NULL;
    }
  if (response.status < 200 || response.status >= 300)
    {
      /* A server that fails (5xx) is as good as unreachable for now. */
      if (response.status >= 500)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE,
                     /* Translators: a web address, then the server's answer, e.g. "503 Service Unavailable" */
                     _("%s: the server answered “%u %s”"), uri, response.status, response.reason);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     /* Translators: a web address, then the server's answer, e.g. "404 Not Found" */
                     _("Nothing is published at %s: the server answered “%u %s”"), uri, response.status,
                     response.reason);
      return NULL;
    }
  if (response.content_length > limit)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_TOO_LARGE, _("%s is larger than Plenary reads"), uri);
      return NULL;
    }
  /* A server may send without end, or more than it said. */
  data = g_byte_array_new ();
  if (!pln_stream_read_up_to (stream, limit, data, cancellable, error))
    return NULL;
  if ((goffset) data->len > limit)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_TOO_LARGE, _("%s is larger than Plenary reads"), uri);
      return NULL;
    }
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&data));

  if (etag != NULL)
    *etag = g_steal_pointer (&response.etag);
  if (modified != NULL)
    *modified = g_steal_pointer (&response.modified);
  return g_steal_pointer (&bytes);
}

/* Reads @uri from a GIO location; with @conditional, only if its etag
 * is not that of the last copy. */
static GBytes *
gio_get (Source        *source,
         const char    *uri,
         gboolean       conditional,
         goffset        limit,
         char         **etag,
         gboolean      *not_modified,
         GCancellable  *cancellable,
         GError       **error)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autofree char *contents = NULL;
  gsize length;

  if (conditional && source->etag != NULL)
    {
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                     G_FILE_QUERY_INFO_NONE, cancellable, error);

      if (info == NULL)
        return NULL;
      if (g_strcmp0 (g_file_info_get_etag (info), source->etag) == 0)
        {
          *not_modified = TRUE;
          return NULL;
        }
    }

  if (!pln_file_read_bounded (file, limit, cancellable, &contents, &length, etag, error))
    return NULL;
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static GBytes *
source_get (Source        *source,
            const char    *uri,
            gboolean       conditional,
            goffset        limit,
            char         **etag,
            char         **modified,
            gboolean      *not_modified,
            GCancellable  *cancellable,
            GError       **error)
{
  if (source->session != NULL)
    return http_get (source, uri, conditional, limit, etag, modified, not_modified, cancellable, error);

  return gio_get (source, uri, conditional, limit, etag, not_modified, cancellable, error);
}

/* ------------------------------------------------------------ the edition */

static PlnWorkspace *
parse_edition (GBytes      *bytes,
               const char  *uri,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(PlnWorkspace) edition = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &local_error) ||
      !pln_public_edition_check ((root = json_parser_get_root (parser)), &local_error) ||
      (edition = pln_json_read_workspace (root, &local_error)) == NULL)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE,
                   /* Translators: a web address, then what is wrong with what it gave */
                   _("%s gives no public edition: %s"), uri, local_error->message);
      return NULL;
    }
  if (!pln_workspace_is_read_only (edition))
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE,
                   _("%s gives a workspace, not a secretariat’s public edition"), uri);
      return NULL;
    }

  return g_steal_pointer (&edition);
}

static PlnWorkspace *
read_cached_edition (GFile *cache)
{
  g_autoptr(GFile) file = g_file_get_child (cache, PLN_PUBLIC_EDITION_FILE);
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, NULL))
    return NULL;
  return pln_json_parse_workspace (contents, length, NULL);
}

static gboolean
same_as_cached (GFile  *file,
                GBytes *bytes)
{
  g_autoptr(GBytes) cached = g_file_load_bytes (file, NULL, NULL, NULL);

  return cached != NULL && g_bytes_equal (cached, bytes);
}

static PlnPublishedDocument *
find_document (PlnWorkspace *edition,
               const char   *path)
{
  GListModel *documents;

  if (edition == NULL)
    return NULL;

  documents = pln_workspace_get_documents (edition);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(PlnPublishedDocument) document = g_list_model_get_item (documents, i);

      if (g_strcmp0 (pln_published_document_get_path (document), path) == 0)
        return document;
    }

  return NULL;
}

/* A published path is relative and stays inside the folder: the copy is
 * never written outside the cache. */
static gboolean
path_is_safe (const char *path)
{
  g_auto(GStrv) parts = NULL;

  /* No "%": a file:// or http address would decode "%2e%2e" to "..". */
  if (path == NULL || path[0] == '\0' || path[0] == '/' || strpbrk (path, "\\%") != NULL)
    return FALSE;

  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] == '\0' || g_str_equal (parts[i], "..") || g_str_equal (parts[i], "."))
      return FALSE;
  return TRUE;
}

/* A new shared non-paper, or an agenda that changed, is worth a
 * notification; a first copy is not (everything would be new). */
static gboolean
is_news (PlnPublishedDocument *document,
         PlnPublishedDocument *earlier)
{
  switch (pln_published_document_get_kind (document))
    {
    case PLN_PUBLISHED_KIND_NON_PAPER:
      return earlier == NULL ||
             g_strcmp0 (pln_published_document_get_checksum (earlier),
                        pln_published_document_get_checksum (document)) != 0;
    case PLN_PUBLISHED_KIND_AGENDA:
      return earlier != NULL &&
             g_strcmp0 (pln_published_document_get_checksum (earlier),
                        pln_published_document_get_checksum (document)) != 0;
    default:
      return FALSE;
    }
}

/* Downloads the documents of @edition whose checksum is not that of the
 * copy in the cache (or that are missing from it). */
static gboolean
fetch_documents (PlnFetch      *fetch,
                 Source        *source,
                 PlnWorkspace  *edition,
                 PlnWorkspace  *previous,
                 GCancellable  *cancellable,
                 GError       **error)
{
  GListModel *documents = pln_workspace_get_documents (edition);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(PlnPublishedDocument) document = g_list_model_get_item (documents, i);
      const char *path = pln_published_document_get_path (document);
      PlnPublishedDocument *earlier = find_document (previous, path);
      g_autoptr(GFile) target = NULL;
      g_autoptr(GFile) parent = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *uri = NULL;
      gboolean not_modified = FALSE;

      if (!path_is_safe (path))
        {
          g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE,
                       _("%s: the document “%s” is not inside the published folder"),
                       fetch->edition_uri, path ? path : "");
          return FALSE;
        }

      target = g_file_resolve_relative_path (fetch->cache, path);
      if (previous != NULL && is_news (document, earlier))
        g_ptr_array_add (fetch->new_documents, g_object_ref (document));
      if (earlier != NULL && g_file_query_exists (target, cancellable) &&
          g_strcmp0 (pln_published_document_get_checksum (earlier),
                     pln_published_document_get_checksum (document)) == 0)
        continue;

      {
        g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);

        uri = g_strconcat (fetch->base_uri, "/", escaped, NULL);
      }
      bytes = source_get (source, uri, FALSE, PLN_FILE_LIMIT_DOCUMENT, NULL, NULL, &not_modified,
                          cancellable, error);
      if (bytes == NULL)
        return FALSE;
      parent = g_file_get_parent (target);
      if (!g_file_make_directory_with_parents (parent, cancellable, NULL) &&
          !g_file_query_exists (parent, cancellable))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not create the folder of %s"), path);
          return FALSE;
        }
      if (!pln_file_write_bytes_safely (target, bytes, PLN_WRITE_PRIVATE, error))
        return FALSE;
      fetch->documents_downloaded++;
    }

  return TRUE;
}

static void
source_clear (Source *source)
{
  if (source->session != NULL)
    g_clear_pointer (&source->session, source->http->session_free);
  g_clear_pointer (&source->etag, g_free);
  g_clear_pointer (&source->modified, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Source, source_clear)

/**
 * _pln_fetch_run:
 *
 * Brings the cache up to date with what is published at
 * @fetch->edition_uri. Blocks: run it in a worker. On failure the cache is
 * as it was, and @fetch->offline says whether the server was unreachable.
 */
gboolean
_pln_fetch_run (PlnFetch      *fetch,
                GCancellable  *cancellable,
                GError       **error)
{
  g_auto(Source) source = { NULL, };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PlnWorkspace) edition = NULL;
  g_autoptr(PlnWorkspace) previous = NULL;
  g_autoptr(GFile) edition_file = g_file_get_child (fetch->cache, PLN_PUBLIC_EDITION_FILE);
  g_autofree char *etag = NULL;
  g_autofree char *modified = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean not_modified = FALSE;

  fetch->new_documents = g_ptr_array_new_with_free_func (g_object_unref);
  if (is_http (fetch->edition_uri))
    {
      if ((source.http = _pln_module_get_http (error)) == NULL)
        return FALSE;
      source.session = source.http->session_new (30);
    }
  if (g_file_query_exists (edition_file, cancellable))
    read_validators (fetch->cache, &source);

  bytes = source_get (&source, fetch->edition_uri, TRUE, PLN_FILE_LIMIT_WORKSPACE, &etag, &modified,
                      &not_modified, cancellable, &local_error);
  if (not_modified)
    return TRUE;
  if (bytes == NULL)
    {
      fetch->offline = error_is_offline (local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  fetch->edition_downloaded = TRUE;

  /* A server without validators sends the same bytes again. */
  if (same_as_cached (edition_file, bytes))
    return write_validators (fetch->cache, etag, modified, error);

  if ((edition = parse_edition (bytes, fetch->edition_uri, error)) == NULL)
    return FALSE;
  fetch->publisher = g_strdup (pln_workspace_get_publisher (edition));
  previous = read_cached_edition (fetch->cache);

  /* The documents first: the edition in the cache never names a document
   * that is not there. */
  if (!fetch_documents (fetch, &source, edition, previous, cancellable, &local_error))
    {
      fetch->offline = error_is_offline (local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!pln_file_write_bytes_safely (edition_file, bytes, PLN_WRITE_PRIVATE, error) ||
      !write_validators (fetch->cache, etag, modified, error))
    return FALSE;

  fetch->changed = TRUE;
  fetch->edition = g_steal_pointer (&edition);
  return TRUE;
}
