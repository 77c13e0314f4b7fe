/* pln-resolution.h
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

#define PLN_TYPE_RESOLUTION (pln_resolution_get_type ())

G_DECLARE_FINAL_TYPE (PlnResolution, pln_resolution, PLN, RESOLUTION, PlnObject)

PlnResolution      *pln_resolution_new               (PlnEntryKind        kind);
const char         *pln_resolution_get_id            (PlnResolution      *self);
PlnEntryKind        pln_resolution_get_kind          (PlnResolution      *self);
void                pln_resolution_set_kind          (PlnResolution      *self,
                                                      PlnEntryKind        kind);
const char         *pln_resolution_get_symbol        (PlnResolution      *self);
void                pln_resolution_set_symbol        (PlnResolution      *self,
                                                      const char         *symbol);
const GDate        *pln_resolution_get_date          (PlnResolution      *self);
void                pln_resolution_set_date          (PlnResolution      *self,
                                                      const GDate        *date);
const char         *pln_resolution_get_text          (PlnResolution      *self);
void                pln_resolution_set_text          (PlnResolution      *self,
                                                      const char         *text);
PlnWorkingGroup    *pln_resolution_get_working_group (PlnResolution      *self);
void                pln_resolution_set_working_group (PlnResolution      *self,
                                                      PlnWorkingGroup    *working_group);
const char * const *pln_resolution_get_themes        (PlnResolution      *self);
void                pln_resolution_set_themes        (PlnResolution      *self,
                                                      const char * const *themes);

G_END_DECLS
