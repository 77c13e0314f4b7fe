/* pln-working-group-dialog.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-core.h"

G_BEGIN_DECLS

#define PLN_TYPE_WORKING_GROUP_DIALOG (pln_working_group_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlnWorkingGroupDialog, pln_working_group_dialog, PLN, WORKING_GROUP_DIALOG, AdwWindow)

PlnWorkingGroupDialog *pln_working_group_dialog_new  (PlnWorkspace          *workspace,
                                                      PlnWorkingGroup       *group);
void                   pln_working_group_dialog_save (PlnWorkingGroupDialog *self);

G_END_DECLS
