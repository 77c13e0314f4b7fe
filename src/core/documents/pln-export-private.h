/* pln-export-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-export.h"

G_BEGIN_DECLS

GBytes   *pln_export_text          (PlnDocument  *document);
GBytes   *pln_export_pdf           (PlnDocument  *document,
                                    GError      **error);
GBytes   *pln_export_docx          (PlnDocument  *document,
                                    GError      **error);
GBytes   *pln_export_odt           (PlnDocument  *document,
                                    GError      **error);

void      pln_xml_append_escaped   (GString      *out,
                                    const char   *text);
gboolean  pln_text_is_rtl          (const char   *text);
GBytes   *pln_zip_build            (const char * const *names,
                                    GString     **contents,
                                    guint         n_members,
                                    GError      **error);

G_END_DECLS
