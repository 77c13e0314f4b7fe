/* pln-export.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <cairo.h>
#include <pango/pango.h>

#include "pln-document.h"

G_BEGIN_DECLS

typedef enum
{
  PLN_DOCUMENT_FORMAT_PDF,
  PLN_DOCUMENT_FORMAT_DOCX,
  PLN_DOCUMENT_FORMAT_ODT,
  PLN_DOCUMENT_FORMAT_TEXT,
} PlnDocumentFormat;

typedef struct _PlnDocumentLayout PlnDocumentLayout;

gboolean           pln_document_format_from_string   (const char         *name,
                                                      PlnDocumentFormat  *format);
const char        *pln_document_format_get_extension (PlnDocumentFormat   format);
const char        *pln_document_format_get_mime_type (PlnDocumentFormat   format);
const char        *pln_document_format_to_label      (PlnDocumentFormat   format);
char              *pln_text_printable                (const char         *text);

GBytes            *pln_document_export_to_bytes      (PlnDocument        *document,
                                                      PlnDocumentFormat   format,
                                                      GError            **error);
gboolean           pln_document_export               (PlnDocument        *document,
                                                      PlnDocumentFormat   format,
                                                      GFile              *file,
                                                      GCancellable       *cancellable,
                                                      GError            **error);

PlnDocumentLayout *pln_document_layout_new           (PlnDocument        *document,
                                                      PangoContext       *context,
                                                      double              page_width,
                                                      double              page_height);
guint              pln_document_layout_get_n_pages   (PlnDocumentLayout  *layout);
void               pln_document_layout_render_page   (PlnDocumentLayout  *layout,
                                                      cairo_t            *cr,
                                                      guint               page);
void               pln_document_layout_free          (PlnDocumentLayout  *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlnDocumentLayout, pln_document_layout_free)

G_END_DECLS
