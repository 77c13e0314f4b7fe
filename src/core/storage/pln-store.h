/* pln-store.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-merge.h"
#include "pln-types.h"

G_BEGIN_DECLS

/**
 * PlnStoreState:
 * @PLN_STORE_STATE_ONLINE: the file is reached; edits are saved to it
 * @PLN_STORE_STATE_OFFLINE: the file's server cannot be reached; edits are
 *   kept in a local copy and saving to the server is tried again
 */
typedef enum
{
  PLN_STORE_STATE_ONLINE,
  PLN_STORE_STATE_OFFLINE,
} PlnStoreState;

#define PLN_TYPE_STORE (pln_store_get_type ())

G_DECLARE_FINAL_TYPE (PlnStore, pln_store, PLN, STORE, GObject)

GFile        *pln_store_get_default_file (void);

PlnStore     *pln_store_new              (GFile                *file);
GFile        *pln_store_get_file         (PlnStore             *self);
PlnWorkspace *pln_store_get_workspace    (PlnStore             *self);
gboolean      pln_store_get_busy         (PlnStore             *self);
gboolean      pln_store_get_dirty        (PlnStore             *self);
const GError *pln_store_get_error        (PlnStore             *self);
guint         pln_store_get_autosave_delay (PlnStore           *self);
void          pln_store_set_autosave_delay (PlnStore           *self,
                                            guint               milliseconds);

gboolean      pln_store_load             (PlnStore             *self,
                                          GCancellable         *cancellable,
                                          GError              **error);
void          pln_store_load_async       (PlnStore             *self,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean      pln_store_load_finish      (PlnStore             *self,
                                          GAsyncResult         *result,
                                          GError              **error);
void          pln_store_set_workspace    (PlnStore             *self,
                                          PlnWorkspace         *workspace);
double        pln_store_get_load_progress (PlnStore            *self);
gboolean      pln_store_get_recoverable  (PlnStore             *self);
GDateTime    *pln_store_get_recovery_time (PlnStore            *self);
gboolean      pln_store_recover          (PlnStore             *self,
                                          GFile               **moved_to,
                                          GError              **error);

gboolean      pln_store_save             (PlnStore             *self,
                                          GCancellable         *cancellable,
                                          GError              **error);
void          pln_store_save_async       (PlnStore             *self,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean      pln_store_save_finish      (PlnStore             *self,
                                          GAsyncResult         *result,
                                          GError              **error);
gboolean      pln_store_save_as          (PlnStore             *self,
                                          GFile                *file,
                                          GCancellable         *cancellable,
                                          GError              **error);
void          pln_store_save_as_async    (PlnStore             *self,
                                          GFile                *file,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean      pln_store_save_as_finish   (PlnStore             *self,
                                          GAsyncResult         *result,
                                          GError              **error);
PlnMerge     *pln_store_get_merge        (PlnStore             *self);
void          pln_store_resolve          (PlnStore             *self,
                                          guint                 index,
                                          PlnMergeChoice        choice);
void          pln_store_finish_merge     (PlnStore             *self);
const char   *pln_store_get_author       (PlnStore             *self);
void          pln_store_set_author       (PlnStore             *self,
                                          const char           *author);
const char   *pln_author_get_default     (void);
gboolean      pln_store_flush            (PlnStore             *self,
                                          GError              **error);

PlnStoreState pln_store_get_state        (PlnStore             *self);
GDateTime    *pln_store_get_offline_since (PlnStore            *self);
GFile        *pln_store_get_offline_copy (PlnStore             *self);
guint         pln_store_get_retry_delay  (PlnStore             *self);
void          pln_store_set_retry_delay  (PlnStore             *self,
                                          guint                 milliseconds);

G_END_DECLS
