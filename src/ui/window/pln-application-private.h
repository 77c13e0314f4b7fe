/* pln-application-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-application.h"

G_BEGIN_DECLS

/* The application is split by concern: pln-application.c (start, the
 * workspace open, actions), pln-application-subscriptions.c (the
 * delegation's subscriptions, their refresh and notifications),
 * pln-application-probe.c (start-up measurements). */

/* Opens @file with the application the desktop chooses for it; tests put
 * their own to see what would be opened. */
typedef void (*PlnLaunchFunc) (GFile    *file,
                               gpointer  user_data);

struct _PlnApplication
{
  AdwApplication    parent_instance;

  GSettings        *settings;
  PlnStore         *store;
  gboolean          load_when_mapped;   /* the store is read once the first window is painted */

  PlnSubscriptions *subscriptions;      /* (nullable): read when first asked for */
  PlnSubscription  *subscription;       /* (nullable): whose copy is open, refreshed meanwhile */
  GPtrArray        *notifications;      /* ids of the notifications sent, until withdrawn */
  PlnLaunchFunc     launch;
  gpointer          launch_data;
};

void        _pln_application_init_subscriptions    (PlnApplication *self);
void        _pln_application_dispose_subscriptions (PlnApplication *self);
void        _pln_application_follow_store          (PlnApplication *self);
void        _pln_application_set_launcher          (PlnApplication *self,
                                                    PlnLaunchFunc   launch,
                                                    gpointer        user_data);
GPtrArray  *_pln_application_get_notifications     (PlnApplication *self);

void _pln_application_probe_run (PlnApplication *self,
                                 GtkWindow      *window);

G_END_DECLS
