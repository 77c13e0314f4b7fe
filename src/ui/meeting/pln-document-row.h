/* pln-document-row.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-core.h"

G_BEGIN_DECLS

#define PLN_TYPE_DOCUMENT_ROW (pln_document_row_get_type ())

G_DECLARE_FINAL_TYPE (PlnDocumentRow, pln_document_row, PLN, DOCUMENT_ROW, AdwActionRow)

GtkWidget      *pln_document_row_new          (PlnDocumentRef *document,
                                               const char     *series);
PlnDocumentRef *pln_document_row_get_document (PlnDocumentRow *self);

G_END_DECLS
