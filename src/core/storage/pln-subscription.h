/* pln-subscription.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-types.h"

G_BEGIN_DECLS

/**
 * PlnSubscriptionState:
 * @PLN_SUBSCRIPTION_ONLINE: the last refresh reached the secretariat
 * @PLN_SUBSCRIPTION_OFFLINE: the secretariat's server cannot be reached;
 *   the last copy is shown (see #PlnSubscription:offline-since)
 * @PLN_SUBSCRIPTION_ERROR: the server answered, but with no public edition
 *   (see #PlnSubscription:error-message)
 */
typedef enum
{
  PLN_SUBSCRIPTION_ONLINE,
  PLN_SUBSCRIPTION_OFFLINE,
  PLN_SUBSCRIPTION_ERROR,
} PlnSubscriptionState;

/* Refreshing every five minutes; when the server cannot be reached, the
 * interval doubles up to an hour. */
#define PLN_SUBSCRIPTION_INTERVAL     (5 * 60 * 1000)
#define PLN_SUBSCRIPTION_INTERVAL_MAX (60 * 60 * 1000)

/* In a subscription's folder: the last copy and the delegation's notes. */
#define PLN_SUBSCRIPTION_CACHE "cache"
#define PLN_SUBSCRIPTION_NOTES "notes.json"

#define PLN_TYPE_SUBSCRIPTION (pln_subscription_get_type ())

G_DECLARE_FINAL_TYPE (PlnSubscription, pln_subscription, PLN, SUBSCRIPTION, GObject)

PlnSubscription     *pln_subscription_new                (const char           *url,
                                                          GFile                *folder);
char                *pln_subscription_normalize_url      (const char           *text,
                                                          GError              **error);
const char          *pln_subscription_get_url            (PlnSubscription      *self);
const char          *pln_subscription_get_id             (PlnSubscription      *self);
GFile               *pln_subscription_get_folder         (PlnSubscription      *self);
GFile               *pln_subscription_get_edition_file   (PlnSubscription      *self);
GFile               *pln_subscription_get_document_file  (PlnSubscription      *self,
                                                          const char           *path);
gboolean             pln_subscription_has_copy           (PlnSubscription      *self);
const char          *pln_subscription_get_title          (PlnSubscription      *self);
void                 pln_subscription_set_title          (PlnSubscription      *self,
                                                          const char           *title);
PlnSubscriptionState pln_subscription_get_state          (PlnSubscription      *self);
GDateTime           *pln_subscription_get_offline_since  (PlnSubscription      *self);
const char          *pln_subscription_get_error_message  (PlnSubscription      *self);
guint                pln_subscription_get_retry_interval (PlnSubscription      *self);
void                 pln_subscription_set_interval       (PlnSubscription      *self,
                                                          guint                 interval_ms,
                                                          guint                 max_ms);
PlnWorkspace        *pln_subscription_get_edition        (PlnSubscription      *self);
void                 pln_subscription_get_last_downloads (PlnSubscription      *self,
                                                          gboolean             *edition,
                                                          guint                *documents);

void                 pln_subscription_refresh_async      (PlnSubscription      *self,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
gboolean             pln_subscription_refresh_finish     (PlnSubscription      *self,
                                                          GAsyncResult         *result,
                                                          GError              **error);
void                 pln_subscription_start              (PlnSubscription      *self);
void                 pln_subscription_stop               (PlnSubscription      *self);

/* The delegation's notes, per meeting and per agenda item, kept beside
 * the copy and never published (pln-subscription-notes.c). */
char                *pln_subscription_dup_note           (PlnSubscription      *self,
                                                          const char           *meeting_id,
                                                          const char           *item_id);
gboolean             pln_subscription_set_note           (PlnSubscription      *self,
                                                          const char           *meeting_id,
                                                          const char           *item_id,
                                                          const char           *text,
                                                          GError              **error);

G_END_DECLS
