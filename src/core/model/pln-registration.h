/* pln-registration.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-object.h"
#include "pln-types.h"

G_BEGIN_DECLS

#define PLN_TYPE_REGISTRATION (pln_registration_get_type ())

G_DECLARE_FINAL_TYPE (PlnRegistration, pln_registration, PLN, REGISTRATION, PlnObject)

PlnRegistration         *pln_registration_new            (void);
const char              *pln_registration_get_id         (PlnRegistration *self);
const char              *pln_registration_get_name       (PlnRegistration *self);
void                     pln_registration_set_name       (PlnRegistration *self,
                                                          const char      *name);
const char              *pln_registration_get_honorific  (PlnRegistration *self);
void                     pln_registration_set_honorific  (PlnRegistration *self,
                                                          const char      *honorific);
const char              *pln_registration_get_delegation (PlnRegistration *self);
void                     pln_registration_set_delegation (PlnRegistration *self,
                                                          const char      *delegation);
PlnRegistrationCategory  pln_registration_get_category   (PlnRegistration *self);
void                     pln_registration_set_category   (PlnRegistration         *self,
                                                          PlnRegistrationCategory  category);
PlnRegistrationRole      pln_registration_get_role       (PlnRegistration *self);
void                     pln_registration_set_role       (PlnRegistration     *self,
                                                          PlnRegistrationRole  role);
PlnParticipationMode     pln_registration_get_mode       (PlnRegistration *self);
void                     pln_registration_set_mode       (PlnRegistration      *self,
                                                          PlnParticipationMode  mode);
const char              *pln_registration_get_email      (PlnRegistration *self);
void                     pln_registration_set_email      (PlnRegistration *self,
                                                          const char      *email);
PlnRegistrationStatus    pln_registration_get_status     (PlnRegistration *self);
void                     pln_registration_set_status     (PlnRegistration       *self,
                                                          PlnRegistrationStatus  status);
gboolean                 pln_registration_get_link_sent  (PlnRegistration *self);
void                     pln_registration_set_link_sent  (PlnRegistration *self,
                                                          gboolean         link_sent);
gboolean                 pln_registration_matches        (PlnRegistration *self,
                                                          const char      *needle);
const char              *pln_registration_get_folded     (PlnRegistration *self,
                                                          const char      *property,
                                                          gsize           *length);
int                      pln_registration_compare_text   (PlnRegistration *a,
                                                          PlnRegistration *b,
                                                          const char      *property);

G_END_DECLS
