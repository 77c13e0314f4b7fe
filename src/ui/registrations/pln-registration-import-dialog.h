/* pln-registration-import-dialog.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-core.h"

G_BEGIN_DECLS

#define PLN_TYPE_REGISTRATION_IMPORT_DIALOG (pln_registration_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlnRegistrationImportDialog, pln_registration_import_dialog, PLN, REGISTRATION_IMPORT_DIALOG, AdwWindow)

PlnRegistrationImportDialog *pln_registration_import_dialog_new         (GtkWindow                   *parent,
                                                                         PlnMeeting                  *meeting,
                                                                         PlnRegistrationImport       *import,
                                                                         const char                  *file_name);
PlnRegistrationImportDialog *pln_registration_import_dialog_present     (GtkWidget                   *parent,
                                                                         PlnMeeting                  *meeting,
                                                                         PlnRegistrationImport       *import,
                                                                         const char                  *file_name);
PlnRegistrationImport       *pln_registration_import_dialog_get_import  (PlnRegistrationImportDialog *self);
PlnMeeting                  *pln_registration_import_dialog_get_meeting (PlnRegistrationImportDialog *self);
void                         pln_registration_import_dialog_set_policy  (PlnRegistrationImportDialog *self,
                                                                         PlnDuplicatePolicy           policy);
void                         pln_registration_import_dialog_set_mapping (PlnRegistrationImportDialog *self,
                                                                         guint                        column,
                                                                         PlnImportField               field);
gboolean                     pln_registration_import_dialog_apply       (PlnRegistrationImportDialog *self);
gboolean                     pln_registration_import_dialog_choose      (PlnRegistrationImportDialog *self,
                                                                         PlnImportField               field,
                                                                         const char                  *value,
                                                                         int                          choice);

G_END_DECLS
