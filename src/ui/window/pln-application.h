/* pln-application.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-core.h"

G_BEGIN_DECLS

#define PLN_TYPE_APPLICATION (pln_application_get_type ())

/* The application the recent workspaces are registered by. */
#define PLN_RECENT_APP_NAME "Plenary"

G_DECLARE_FINAL_TYPE (PlnApplication, pln_application, PLN, APPLICATION, AdwApplication)

void            pln_application_init_i18n    (void);
PlnApplication *pln_application_new          (void);
GSettings      *pln_application_get_settings (PlnApplication *self);
PlnStore       *pln_application_get_store    (PlnApplication *self);
void            pln_application_open_file    (PlnApplication *self,
                                              GFile          *file);
gboolean        pln_application_get_sample_open (PlnApplication *self);
PlnSubscriptions *pln_application_get_subscriptions (PlnApplication  *self);
PlnSubscription  *pln_application_get_subscription  (PlnApplication  *self);
void              pln_application_open_subscription (PlnApplication  *self,
                                                     PlnSubscription *subscription);

GFile          *pln_application_get_sample_file (void);
gboolean        pln_application_create_sample   (GError        **error);
gboolean        pln_application_create_empty    (GError        **error);

G_END_DECLS
