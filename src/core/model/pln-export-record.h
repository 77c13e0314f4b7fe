/* pln-export-record.h
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

#define PLN_TYPE_EXPORT_RECORD (pln_export_record_get_type ())

G_DECLARE_FINAL_TYPE (PlnExportRecord, pln_export_record, PLN, EXPORT_RECORD, PlnObject)

PlnExportRecord *pln_export_record_new         (void);
const char      *pln_export_record_get_id      (PlnExportRecord *self);
const GDate     *pln_export_record_get_day     (PlnExportRecord *self);
void             pln_export_record_set_day     (PlnExportRecord *self,
                                                const GDate     *day);
GDateTime       *pln_export_record_get_created (PlnExportRecord *self);
void             pln_export_record_set_created (PlnExportRecord *self,
                                                GDateTime       *created);
guint            pln_export_record_get_count   (PlnExportRecord *self);
void             pln_export_record_set_count   (PlnExportRecord *self,
                                                guint            count);
const char      *pln_export_record_get_format  (PlnExportRecord *self);
void             pln_export_record_set_format  (PlnExportRecord *self,
                                                const char      *format);
const char      *pln_export_record_get_file    (PlnExportRecord *self);
void             pln_export_record_set_file    (PlnExportRecord *self,
                                                const char      *file);
GDateTime       *pln_export_record_get_shared  (PlnExportRecord *self);
void             pln_export_record_set_shared  (PlnExportRecord *self,
                                                GDateTime       *shared);

G_END_DECLS
