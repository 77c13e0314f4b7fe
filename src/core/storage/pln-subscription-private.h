/* pln-subscription-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "pln-subscription.h"

G_BEGIN_DECLS

/* What a refresh fetches, and what it found; a worker thread fills it
 * (pln-subscription-fetch.c) and the main thread applies it. */
typedef struct
{
  /* In */
  char      *edition_uri;    /* of workspace.json: http(s) or a GIO location */
  char      *base_uri;       /* of the folder it is published in */
  GFile     *cache;          /* the last copy */

  /* Out */
  gboolean   changed;        /* a new copy of the edition is in the cache */
  gboolean   edition_downloaded;
  guint      documents_downloaded;
  GPtrArray *new_documents;  /* (element-type PlnPublishedDocument): new non-papers, changed agendas */
  char      *publisher;
  PlnWorkspace *edition;     /* the new copy, read */
  gboolean   offline;        /* the failure was the server not being reached */
} PlnFetch;

void      _pln_fetch_free (PlnFetch      *fetch);
void      _pln_subscription_remove_folder (PlnSubscription *self);
gboolean  _pln_subscription_get_removed   (PlnSubscription *self);
gboolean  _pln_subscription_write_json (GFile    *file,
                                        JsonNode *root,
                                        GError  **error);
gboolean  _pln_fetch_run  (PlnFetch      *fetch,
                           GCancellable  *cancellable,
                           GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlnFetch, _pln_fetch_free)

G_END_DECLS
