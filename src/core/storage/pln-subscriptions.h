/* pln-subscriptions.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-subscription.h"

G_BEGIN_DECLS

#define PLN_SUBSCRIPTIONS_FILE "subscriptions.json"

#define PLN_TYPE_SUBSCRIPTIONS (pln_subscriptions_get_type ())

G_DECLARE_FINAL_TYPE (PlnSubscriptions, pln_subscriptions, PLN, SUBSCRIPTIONS, GObject)

GFile            *pln_subscriptions_get_default_folder (void);
PlnSubscriptions *pln_subscriptions_new                (GFile             *folder);
gboolean          pln_subscriptions_load               (PlnSubscriptions  *self,
                                                        GError           **error);
gboolean          pln_subscriptions_save               (PlnSubscriptions  *self,
                                                        GError           **error);
PlnSubscription  *pln_subscriptions_prepare            (PlnSubscriptions  *self,
                                                        const char        *text,
                                                        GError           **error);
gboolean          pln_subscriptions_add                (PlnSubscriptions  *self,
                                                        PlnSubscription   *subscription,
                                                        GError           **error);
gboolean          pln_subscriptions_remove             (PlnSubscriptions  *self,
                                                        PlnSubscription   *subscription,
                                                        GError           **error);
PlnSubscription  *pln_subscriptions_find               (PlnSubscriptions  *self,
                                                        const char        *id);
PlnSubscription  *pln_subscriptions_find_by_file       (PlnSubscriptions  *self,
                                                        GFile             *edition_file);

G_END_DECLS
