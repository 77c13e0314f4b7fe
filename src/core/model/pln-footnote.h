/* pln-footnote.h
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

#define PLN_TYPE_FOOTNOTE (pln_footnote_get_type ())

G_DECLARE_FINAL_TYPE (PlnFootnote, pln_footnote, PLN, FOOTNOTE, PlnObject)

PlnFootnote *pln_footnote_new        (const char  *anchor,
                                      const char  *text);
const char  *pln_footnote_get_id     (PlnFootnote *self);
const char  *pln_footnote_get_anchor (PlnFootnote *self);
void         pln_footnote_set_anchor (PlnFootnote *self,
                                      const char  *anchor);
const char  *pln_footnote_get_text   (PlnFootnote *self);
void         pln_footnote_set_text   (PlnFootnote *self,
                                      const char  *text);
gsize        pln_footnote_find_mark  (PlnFootnote *self,
                                      const char  *body);

G_END_DECLS
