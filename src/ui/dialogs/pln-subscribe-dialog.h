/* pln-subscribe-dialog.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-core.h"

G_BEGIN_DECLS

#define PLN_TYPE_SUBSCRIBE_DIALOG (pln_subscribe_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlnSubscribeDialog, pln_subscribe_dialog, PLN, SUBSCRIBE_DIALOG, AdwWindow)

PlnSubscribeDialog *pln_subscribe_dialog_new       (PlnSubscriptions   *subscriptions);
void                pln_subscribe_dialog_set_url   (PlnSubscribeDialog *self,
                                                    const char         *url);
void                pln_subscribe_dialog_subscribe (PlnSubscribeDialog *self);
const char         *pln_subscribe_dialog_get_error (PlnSubscribeDialog *self);
gboolean            pln_subscribe_dialog_get_busy  (PlnSubscribeDialog *self);

G_END_DECLS
