/* pln-print.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plenary-core.h"

G_BEGIN_DECLS

gboolean pln_print_document (GtkWindow    *parent,
                             PlnDocument  *document,
                             const char   *export_filename,
                             GError      **error);
gboolean pln_print_document_for_widget (GtkWidget    *widget,
                                        PlnDocument  *document,
                                        const char   *export_filename,
                                        GError      **error);

G_END_DECLS
