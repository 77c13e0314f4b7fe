/* pln-export-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-export.h"

G_BEGIN_DECLS

/* A run of a block's text (@start to @end, in @style on top of the
 * block's), or the mark of @note, which follows the run before it. */
typedef struct
{
  gsize          start;
  gsize          end;
  PlnTextStyle   style;
  const PlnNote *note;
} PlnSegment;

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
void      pln_append_superscript   (GString      *out,
                                    guint         number);
GArray   *pln_block_segments       (const PlnBlock *block,
                                    guint         row,
                                    guint         column,
                                    const char   *text);
GBytes   *pln_zip_build            (const char * const *names,
                                    GString     **contents,
                                    guint         n_members,
                                    GError      **error);

G_END_DECLS
