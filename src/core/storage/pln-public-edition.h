/* pln-public-edition.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-json.h"
#include "pln-types.h"

G_BEGIN_DECLS

/* The name of the public edition in the folder it is published to. */
#define PLN_PUBLIC_EDITION_FILE "workspace.json"
#define PLN_PUBLIC_EDITION_DOCUMENTS "documents"

/**
 * PlnPublicOptions:
 * @publisher: who publishes (the secretariat's name)
 * @with_sources: whether recommendations show who made them, as the
 *   chair chose for the non-paper
 */
typedef struct
{
  const char *publisher;
  gboolean    with_sources;
} PlnPublicOptions;

PlnWorkspace *pln_public_edition_new            (PlnWorkspace            *workspace,
                                                 const PlnPublicOptions  *options,
                                                 PlnWorkspace            *previous,
                                                 GDateTime               *now,
                                                 GError                 **error);
PlnWorkspace *pln_public_edition_new_from_bytes (GBytes                  *full,
                                                 const PlnPublicOptions  *options,
                                                 PlnWorkspace            *previous,
                                                 GDateTime               *now,
                                                 GError                 **error);
gboolean      pln_public_edition_check          (JsonNode                *root,
                                                 GError                 **error);
GBytes       *pln_public_edition_serialize      (PlnWorkspace            *edition,
                                                 GError                 **error);
GBytes       *pln_public_edition_render         (PlnWorkspace            *edition,
                                                 PlnPublishedDocument    *document,
                                                 GError                 **error);

/* Publishing to a folder (pln-public-edition-write.c). */
typedef struct
{
  guint written;   /* documents written */
  guint kept;      /* documents unchanged, left as they were */
  guint removed;   /* documents no longer published, deleted */
  gboolean edition_written;
} PlnPublishResult;

gboolean      pln_public_edition_publish        (GBytes                  *full,
                                                 const PlnPublicOptions  *options,
                                                 GFile                   *folder,
                                                 PlnPublishResult        *result,
                                                 GCancellable            *cancellable,
                                                 GError                 **error);
void          pln_public_edition_publish_async  (PlnWorkspace            *workspace,
                                                 const PlnPublicOptions  *options,
                                                 GFile                   *folder,
                                                 GCancellable            *cancellable,
                                                 GAsyncReadyCallback      callback,
                                                 gpointer                 user_data);
gboolean      pln_public_edition_publish_finish (GAsyncResult            *result,
                                                 GError                 **error);

G_END_DECLS
