/* pln-registration-list.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-types.h"

G_BEGIN_DECLS

#define PLN_REGISTRATION_N_CATEGORIES (PLN_REGISTRATION_CATEGORY_SECRETARIAT + 1)

/**
 * PlnRegistrationSummary:
 * @participants: registrations not cancelled
 * @cancelled: cancelled registrations
 * @in_person: participants in the room
 * @online: participants on the online platform
 * @confirmed: confirmed registrations
 * @requested: registrations still to be confirmed
 * @delegations: delegations with at least one participant
 * @by_category: participants of each category
 *
 * The counts of a list of registrations; all but @cancelled leave the
 * cancelled ones out.
 */
typedef struct
{
  guint participants;
  guint cancelled;
  guint in_person;
  guint online;
  guint confirmed;
  guint requested;
  guint delegations;
  guint by_category[PLN_REGISTRATION_N_CATEGORIES];
} PlnRegistrationSummary;

void    pln_registration_summary_compute (PlnRegistrationSummary *summary,
                                          GListModel             *registrations);
GBytes *pln_registrations_to_csv         (GListModel             *registrations);
char   *pln_registrations_dup_emails     (GListModel             *registrations);

G_END_DECLS
