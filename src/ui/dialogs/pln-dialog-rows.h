/* pln-dialog-rows.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *pln_dialog_text_row_new   (const char  *title,
                                      const char  *subtitle);
void       pln_dialog_entry_set_text (AdwEntryRow *row,
                                      const char  *text);
char      *pln_dialog_entry_dup_text (AdwEntryRow *row);

G_END_DECLS
