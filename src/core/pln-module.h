/* pln-module.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What Plenary reads through a library that a window opening need not
 * load: the text of a PDF (poppler) and the web (libsoup). Each is a
 * module of its own (src/core/modules), loaded when first used, as
 * document viewers load their backends; a module is the library's calls
 * only, with plain types across, so that it holds no copy of the model.
 * A module says which version of this interface it was built with. */

#define PLN_MODULE_INTERFACE 1

typedef struct
{
  guint   interface;
  /* The text of each page of a PDF, laid out again (see the module). */
  char *(*pdf_text) (GBytes  *bytes,
                     GError **error);
} PlnPdfModule;

/* An answer's status line and the headers Plenary reads. */
typedef struct
{
  guint   status;
  char   *reason;
  char   *etag;
  char   *modified;
  goffset content_length;  /* -1: not said */
} PlnHttpResponse;

typedef struct
{
  guint          interface;
  gpointer     (*session_new)  (guint            timeout);
  void         (*session_free) (gpointer         session);
  /* A GET of @uri, conditional on the validators given; the body's
   * stream, with @response filled in, or %NULL with @error set. */
  GInputStream *(*get)         (gpointer         session,
                                const char      *uri,
                                const char      *if_none_match,
                                const char      *if_modified_since,
                                PlnHttpResponse *response,
                                GCancellable    *cancellable,
                                GError         **error);
} PlnHttpModule;

void        pln_http_response_clear (PlnHttpResponse *response);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PlnHttpResponse, pln_http_response_clear)

const PlnPdfModule  *_pln_module_get_pdf  (GError **error);
const PlnHttpModule *_pln_module_get_http (GError **error);

G_END_DECLS
