/* pln-registrations-edit.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-registration-import.h"
#include "pln-types.h"

G_BEGIN_DECLS

/* One change to a meeting's registrations that the Registrations page can
 * undo: properties set, registrations removed, added or replaced. */
typedef struct _PlnRegistrationsEdit PlnRegistrationsEdit;

PlnRegistrationsEdit *pln_registrations_edit_new          (PlnMeeting           *meeting);
PlnRegistrationsEdit *pln_registrations_edit_ref          (PlnRegistrationsEdit *self);
void                  pln_registrations_edit_unref        (PlnRegistrationsEdit *self);
void                  pln_registrations_edit_set          (PlnRegistrationsEdit *self,
                                                           PlnRegistration      *registration,
                                                           const char           *property,
                                                           const GValue         *value);
void                  pln_registrations_edit_remove       (PlnRegistrationsEdit *self,
                                                           PlnRegistration      *registration);
void                  pln_registrations_edit_add          (PlnRegistrationsEdit *self,
                                                           PlnRegistration      *registration);
void                  pln_registrations_edit_take_import  (PlnRegistrationsEdit  *self,
                                                           PlnRegistrationImport *import);
gboolean              pln_registrations_edit_is_empty     (PlnRegistrationsEdit *self);
gboolean              pln_registrations_edit_is_done      (PlnRegistrationsEdit *self);
PlnMeeting           *pln_registrations_edit_get_meeting  (PlnRegistrationsEdit *self);
void                  pln_registrations_edit_undo         (PlnRegistrationsEdit *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlnRegistrationsEdit, pln_registrations_edit_unref)

G_END_DECLS
