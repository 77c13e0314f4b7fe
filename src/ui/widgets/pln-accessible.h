/* pln-accessible.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void pln_accessible_set_label   (GtkWidget  *widget,
                                 const char *label);
void pln_accessible_name_lists  (GtkWidget  *widget,
                                 const char *label);

G_END_DECLS
