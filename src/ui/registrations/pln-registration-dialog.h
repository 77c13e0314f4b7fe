/* pln-registration-dialog.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-core.h"

G_BEGIN_DECLS

#define PLN_TYPE_REGISTRATION_DIALOG (pln_registration_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlnRegistrationDialog, pln_registration_dialog, PLN, REGISTRATION_DIALOG, AdwWindow)

PlnRegistrationDialog *pln_registration_dialog_new         (GtkWindow             *parent,
                                                            PlnRegistration       *registration);
PlnRegistrationDialog *pln_registration_dialog_present     (GtkWidget             *parent,
                                                            PlnRegistration       *registration);
gboolean               pln_registration_dialog_save        (PlnRegistrationDialog *self);

GtkStringList         *pln_registration_labels_new         (GType                  enum_type);
const char            *pln_registration_enum_label         (GType                  enum_type,
                                                            int                    value);

G_END_DECLS
