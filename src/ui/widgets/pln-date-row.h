/* pln-date-row.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PLN_TYPE_DATE_ROW (pln_date_row_get_type ())

G_DECLARE_FINAL_TYPE (PlnDateRow, pln_date_row, PLN, DATE_ROW, AdwEntryRow)

GtkWidget   *pln_date_row_new          (const char  *title);
const GDate *pln_date_row_get_date     (PlnDateRow  *self);
void         pln_date_row_set_date     (PlnDateRow  *self,
                                        const GDate *date);
GtkCalendar *pln_date_row_get_calendar (PlnDateRow  *self);

G_END_DECLS
