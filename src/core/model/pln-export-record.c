/* pln-export-record.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-export-record"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pln-enum-types.h"
#include "pln-model-private.h"
#include "pln-export-record.h"

/* One export of a day's non-paper: when, how many recommendations, in
 * which format and file, and when it was marked as shared with delegates. */

struct _PlnExportRecord
{
  PlnObject parent_instance;

  GDate day;
  GDateTime *created;
  guint count;
  char *format;
  char *file;
  GDateTime *shared;
};

G_DEFINE_FINAL_TYPE (PlnExportRecord, pln_export_record, PLN_TYPE_OBJECT)

enum {
  FIELD_DAY,
  FIELD_CREATED,
  FIELD_COUNT,
  FIELD_FORMAT,
  FIELD_FILE,
  FIELD_SHARED,
  N_FIELDS
};

/* The fields, in the order of the workspace file (docs/file-format.md). */
static const PlnField fields[N_FIELDS] = {
  [FIELD_DAY] = { "day", PLN_FIELD_DATE, G_STRUCT_OFFSET (PlnExportRecord, day) },
  [FIELD_CREATED] = { "created", PLN_FIELD_DATE_TIME, G_STRUCT_OFFSET (PlnExportRecord, created) },
  [FIELD_COUNT] = { "count", PLN_FIELD_UINT, G_STRUCT_OFFSET (PlnExportRecord, count), NULL, 0, PLN_MAX_EXPORT_COUNT },
  [FIELD_FORMAT] = { "format", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnExportRecord, format) },
  [FIELD_FILE] = { "file", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnExportRecord, file) },
  [FIELD_SHARED] = { "shared", PLN_FIELD_DATE_TIME, G_STRUCT_OFFSET (PlnExportRecord, shared) },
};

static void
pln_export_record_class_init (PlnExportRecordClass *klass)
{
  pln_object_class_install_fields (PLN_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
pln_export_record_init (PlnExportRecord *self)
{
  pln_object_init_fields (PLN_OBJECT (self));
}

PlnExportRecord *
pln_export_record_new (void)
{
  return g_object_new (PLN_TYPE_EXPORT_RECORD, NULL);
}

/**
 * pln_export_record_get_id:
 *
 * Returns: the stable identifier other objects and files refer to
 */
const char *
pln_export_record_get_id (PlnExportRecord *self)
{
  g_return_val_if_fail (PLN_IS_EXPORT_RECORD (self), NULL);

  return pln_object_get_id (PLN_OBJECT (self));
}

const GDate *
pln_export_record_get_day (PlnExportRecord *self)
{
  g_return_val_if_fail (PLN_IS_EXPORT_RECORD (self), NULL);

  return g_date_valid (&self->day) ? &self->day : NULL;
}

void
pln_export_record_set_day (PlnExportRecord *self,
                           const GDate *day)
{
  g_return_if_fail (PLN_IS_EXPORT_RECORD (self));

  pln_object_set_date (PLN_OBJECT (self), FIELD_DAY, day);
}

GDateTime *
pln_export_record_get_created (PlnExportRecord *self)
{
  g_return_val_if_fail (PLN_IS_EXPORT_RECORD (self), NULL);

  return self->created;
}

void
pln_export_record_set_created (PlnExportRecord *self,
                               GDateTime *created)
{
  g_return_if_fail (PLN_IS_EXPORT_RECORD (self));

  pln_object_set_date_time (PLN_OBJECT (self), FIELD_CREATED, created);
}

guint
pln_export_record_get_count (PlnExportRecord *self)
{
  g_return_val_if_fail (PLN_IS_EXPORT_RECORD (self), 0);

  return self->count;
}

void
pln_export_record_set_count (PlnExportRecord *self,
                             guint count)
{
  g_return_if_fail (PLN_IS_EXPORT_RECORD (self));

  pln_object_set_uint (PLN_OBJECT (self), FIELD_COUNT, count);
}

const char *
pln_export_record_get_format (PlnExportRecord *self)
{
  g_return_val_if_fail (PLN_IS_EXPORT_RECORD (self), NULL);

  return self->format;
}

void
pln_export_record_set_format (PlnExportRecord *self,
                              const char *format)
{
  g_return_if_fail (PLN_IS_EXPORT_RECORD (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_FORMAT, format);
}

const char *
pln_export_record_get_file (PlnExportRecord *self)
{
  g_return_val_if_fail (PLN_IS_EXPORT_RECORD (self), NULL);

  return self->file;
}

void
pln_export_record_set_file (PlnExportRecord *self,
                            const char *file)
{
  g_return_if_fail (PLN_IS_EXPORT_RECORD (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_FILE, file);
}

GDateTime *
pln_export_record_get_shared (PlnExportRecord *self)
{
  g_return_val_if_fail (PLN_IS_EXPORT_RECORD (self), NULL);

  return self->shared;
}

void
pln_export_record_set_shared (PlnExportRecord *self,
                              GDateTime *shared)
{
  g_return_if_fail (PLN_IS_EXPORT_RECORD (self));

  pln_object_set_date_time (PLN_OBJECT (self), FIELD_SHARED, shared);
}

