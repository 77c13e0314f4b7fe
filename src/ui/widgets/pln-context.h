/* pln-context.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-core.h"

G_BEGIN_DECLS

/**
 * PlnUndoFunc:
 * @user_data: the data given with the edit
 *
 * Reverts an edit when the user presses Undo or Ctrl+Z.
 */
typedef void (*PlnUndoFunc) (gpointer user_data);

/**
 * PlnNowFunc:
 *
 * Returns: (transfer full): the time it is now, for the context's clock
 */
typedef GDateTime *(*PlnNowFunc) (gpointer user_data);

#define PLN_TYPE_CONTEXT (pln_context_get_type ())

G_DECLARE_FINAL_TYPE (PlnContext, pln_context, PLN, CONTEXT, GObject)

PlnContext   *pln_context_new            (GApplication   *application,
                                          GSettings      *settings);
GApplication *pln_context_get_application (PlnContext    *self);
GSettings    *pln_context_get_settings   (PlnContext     *self);
PlnStore     *pln_context_get_store      (PlnContext     *self);
void          pln_context_set_store      (PlnContext     *self,
                                          PlnStore       *store);
PlnWorkspace *pln_context_get_workspace  (PlnContext     *self);
PlnSubscription *pln_context_get_subscription (PlnContext      *self);
void          pln_context_set_subscription (PlnContext      *self,
                                            PlnSubscription *subscription);
PlnCompendium *pln_context_get_compendium (PlnContext    *self);

GDateTime    *pln_context_dup_now        (PlnContext     *self);
void          pln_context_set_clock      (PlnContext     *self,
                                          PlnNowFunc      now,
                                          gpointer        user_data);

void          pln_context_add_toast      (PlnContext     *self,
                                          AdwToast       *toast);
void          pln_context_add_undo       (PlnContext     *self,
                                          const char     *title,
                                          PlnUndoFunc     undo,
                                          gpointer        user_data,
                                          GDestroyNotify  destroy);
void          pln_context_push_undo      (PlnContext     *self,
                                          PlnUndoFunc     undo,
                                          gpointer        user_data,
                                          GDestroyNotify  destroy);
gboolean      pln_context_remove_with_undo (PlnContext   *self,
                                            GListModel   *list,
                                            gpointer      item,
                                            const char   *title);
void          pln_context_add_insertion_undo (PlnContext *self,
                                              GListModel *list,
                                              gpointer    item,
                                              const char *title);
gboolean      pln_context_undo           (PlnContext     *self);
guint         pln_context_get_n_undo     (PlnContext     *self);
void          pln_context_send_notification (PlnContext  *self,
                                             const char  *id,
                                             GNotification *notification);

G_END_DECLS
