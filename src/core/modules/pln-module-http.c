/* pln-module-http.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-subscription"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>
#include <libsoup/soup.h>

#include "pln-error.h"
#include "pln-module.h"

/* The web through libsoup: a module of its own (pln-module.h), loaded when
 * a subscription is first refreshed over HTTP; what the answers mean is
 * pln-subscription-fetch.c's. */

static gpointer
session_new (guint timeout)
{
  return soup_session_new_with_options ("timeout", timeout, "idle-timeout", timeout, NULL);
}

static void
session_free (gpointer session)
{
  g_object_unref (session);
}

static GInputStream *
get (gpointer          session,
     const char       *uri,
     const char       *if_none_match,
     const char       *if_modified_since,
     PlnHttpResponse  *response,
     GCancellable     *cancellable,
     GError          **error)
{
  g_autoptr(SoupMessage) message = soup_message_new (SOUP_METHOD_GET, uri);
  SoupMessageHeaders *headers;
  GInputStream *stream;

  if (message == NULL)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_INVALID, _("“%s” is not a web address"), uri);
      return NULL;
    }

  headers = soup_message_get_request_headers (message);
  if (if_none_match != NULL)
    soup_message_headers_replace (headers, "If-None-Match", if_none_match);
  if (if_modified_since != NULL)
    soup_message_headers_replace (headers, "If-Modified-Since", if_modified_since);

  stream = soup_session_send (session, message, cancellable, error);
  if (stream == NULL)
    return NULL;

  headers = soup_message_get_response_headers (message);
  response->status = soup_message_get_status (message);
  response->reason = g_strdup (soup_message_get_reason_phrase (message));
  response->etag = g_strdup (soup_message_headers_get_one (headers, "ETag"));
  response->modified = g_strdup (soup_message_headers_get_one (headers, "Last-Modified"));
  response->content_length = soup_message_headers_get_content_length (headers);
  if (response->content_length == 0 && soup_message_headers_get_encoding (headers) != SOUP_ENCODING_CONTENT_LENGTH)
    response->content_length = -1;
  return stream;
}

G_MODULE_EXPORT gconstpointer pln_module_get (void);

gconstpointer
pln_module_get (void)
{
  static const PlnHttpModule module = { PLN_MODULE_INTERFACE, session_new, session_free, get };

  return &module;
}
