/* pln-published-document.h
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

#define PLN_TYPE_PUBLISHED_DOCUMENT (pln_published_document_get_type ())

G_DECLARE_FINAL_TYPE (PlnPublishedDocument, pln_published_document, PLN, PUBLISHED_DOCUMENT, PlnObject)

PlnPublishedDocument *pln_published_document_new           (const char           *path);
const char           *pln_published_document_get_path      (PlnPublishedDocument *self);
PlnPublishedKind      pln_published_document_get_kind      (PlnPublishedDocument *self);
void                  pln_published_document_set_kind      (PlnPublishedDocument *self,
                                                            PlnPublishedKind      kind);
const char           *pln_published_document_get_meeting   (PlnPublishedDocument *self);
void                  pln_published_document_set_meeting   (PlnPublishedDocument *self,
                                                            const char           *meeting);
const GDate          *pln_published_document_get_day       (PlnPublishedDocument *self);
void                  pln_published_document_set_day       (PlnPublishedDocument *self,
                                                            const GDate          *day);
GDateTime            *pln_published_document_get_published (PlnPublishedDocument *self);
void                  pln_published_document_set_published (PlnPublishedDocument *self,
                                                            GDateTime            *published);
const char           *pln_published_document_get_checksum  (PlnPublishedDocument *self);
void                  pln_published_document_set_checksum  (PlnPublishedDocument *self,
                                                            const char           *checksum);

G_END_DECLS
