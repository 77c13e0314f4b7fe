/* pln-sitting-row.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-core.h"

G_BEGIN_DECLS

#define PLN_TYPE_SITTING_ROW (pln_sitting_row_get_type ())

G_DECLARE_FINAL_TYPE (PlnSittingRow, pln_sitting_row, PLN, SITTING_ROW, AdwActionRow)

GtkWidget  *pln_sitting_row_new         (PlnSitting    *sitting,
                                         PlnMeeting    *meeting);
PlnSitting *pln_sitting_row_get_sitting (PlnSittingRow *self);

G_END_DECLS
