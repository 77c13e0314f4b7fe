/* pln-statements-dialog.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pln-context.h"

G_BEGIN_DECLS

#define PLN_TYPE_STATEMENTS_DIALOG (pln_statements_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlnStatementsDialog, pln_statements_dialog, PLN, STATEMENTS_DIALOG, AdwWindow)

PlnStatementsDialog *pln_statements_dialog_new         (GtkWindow           *parent,
                                                        PlnContext          *context,
                                                        PlnMeeting          *meeting);
PlnStatementsDialog *pln_statements_dialog_present     (GtkWidget           *parent,
                                                        PlnContext          *context,
                                                        PlnMeeting          *meeting);
gboolean             pln_statements_dialog_add_general (PlnStatementsDialog *self,
                                                        GFile               *file,
                                                        const char          *delegation);
gboolean             pln_statements_dialog_export_to   (PlnStatementsDialog *self,
                                                        GFile               *folder);

G_END_DECLS
