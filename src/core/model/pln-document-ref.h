/* pln-document-ref.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-object.h"
#include "pln-types.h"

G_BEGIN_DECLS

#define PLN_TYPE_DOCUMENT_REF (pln_document_ref_get_type ())

G_DECLARE_FINAL_TYPE (PlnDocumentRef, pln_document_ref, PLN, DOCUMENT_REF, PlnObject)

PlnDocumentRef *pln_document_ref_new        (void);
const char     *pln_document_ref_get_id     (PlnDocumentRef *self);
const char     *pln_document_ref_get_symbol (PlnDocumentRef *self);
void            pln_document_ref_set_symbol (PlnDocumentRef *self,
                                             const char     *symbol);
const char     *pln_document_ref_get_title  (PlnDocumentRef *self);
void            pln_document_ref_set_title  (PlnDocumentRef *self,
                                             const char     *title);

G_END_DECLS
