/* pln-merge-dialog.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-core.h"

G_BEGIN_DECLS

#define PLN_TYPE_MERGE_DIALOG (pln_merge_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlnMergeDialog, pln_merge_dialog, PLN, MERGE_DIALOG, AdwWindow)

PlnMergeDialog *pln_merge_dialog_new    (PlnStore       *store);
void            pln_merge_dialog_choose (PlnMergeDialog *self,
                                         guint           index,
                                         PlnMergeChoice  choice);
void            pln_merge_dialog_keep   (PlnMergeDialog *self);

G_END_DECLS
