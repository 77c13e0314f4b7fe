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
  GObject parent_instance;

  char *id;
  GDate day;
  GDateTime *created;
  guint count;
  char *format;
  char *file;
  GDateTime *shared;
};

G_DEFINE_FINAL_TYPE (PlnExportRecord, pln_export_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DAY,
  PROP_CREATED,
  PROP_COUNT,
  PROP_FORMAT,
  PROP_FILE,
  PROP_SHARED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pln_export_record_finalize (GObject *object)
{
  PlnExportRecord *self = PLN_EXPORT_RECORD (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->format, g_free);
  g_clear_pointer (&self->file, g_free);
  g_clear_pointer (&self->shared, g_date_time_unref);

  G_OBJECT_CLASS (pln_export_record_parent_class)->finalize (object);
}

static void
pln_export_record_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PlnExportRecord *self = PLN_EXPORT_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_DAY:
      g_value_set_boxed (value, g_date_valid (&self->day) ? &self->day : NULL);
      break;

    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;

    case PROP_COUNT:
      g_value_set_uint (value, self->count);
      break;

    case PROP_FORMAT:
      g_value_set_string (value, self->format);
      break;

    case PROP_FILE:
      g_value_set_string (value, self->file);
      break;

    case PROP_SHARED:
      g_value_set_boxed (value, self->shared);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_export_record_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PlnExportRecord *self = PLN_EXPORT_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      pln_set_id (&self->id, g_value_get_string (value));
      break;

    case PROP_DAY:
      pln_export_record_set_day (self, g_value_get_boxed (value));
      break;

    case PROP_CREATED:
      pln_export_record_set_created (self, g_value_get_boxed (value));
      break;

    case PROP_COUNT:
      pln_export_record_set_count (self, g_value_get_uint (value));
      break;

    case PROP_FORMAT:
      pln_export_record_set_format (self, g_value_get_string (value));
      break;

    case PROP_FILE:
      pln_export_record_set_file (self, g_value_get_string (value));
      break;

    case PROP_SHARED:
      pln_export_record_set_shared (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_export_record_class_init (PlnExportRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pln_export_record_finalize;
  object_class->get_property = pln_export_record_get_property;
  object_class->set_property = pln_export_record_set_property;
  object_class->notify = pln_model_notify;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DAY] =
    g_param_spec_boxed ("day", NULL, NULL,
                        G_TYPE_DATE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL,
                        G_TYPE_DATE_TIME,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL,
                       0, 100000, 0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_FORMAT] =
    g_param_spec_string ("format", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_FILE] =
    g_param_spec_string ("file", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SHARED] =
    g_param_spec_boxed ("shared", NULL, NULL,
                        G_TYPE_DATE_TIME,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
pln_export_record_init (PlnExportRecord *self)
{
  self->id = pln_model_new_id ();
  g_date_clear (&self->day, 1);
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

  return self->id;
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
  if (pln_set_date (&self->day, day))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DAY]);
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
  if (pln_set_date_time (&self->created, created))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CREATED]);
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
  if (self->count != count)
    {
      self->count = count;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COUNT]);
    }
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
  if (pln_set_string (&self->format, format))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FORMAT]);
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
  if (pln_set_string (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FILE]);
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
  if (pln_set_date_time (&self->shared, shared))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SHARED]);
}

/* The fields as the workspace file has them, for pln-json.c. */
const PlnFieldInfo pln_export_record_fields[] = {
  { "id", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnExportRecord, id), NULL, 0, 0 },
  { "day", PLN_FIELD_DATE, G_STRUCT_OFFSET (PlnExportRecord, day), NULL, 0, 0 },
  { "created", PLN_FIELD_DATE_TIME, G_STRUCT_OFFSET (PlnExportRecord, created), NULL, 0, 0 },
  { "count", PLN_FIELD_UINT, G_STRUCT_OFFSET (PlnExportRecord, count), NULL, 0, 100000 },
  { "format", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnExportRecord, format), NULL, 0, 0 },
  { "file", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnExportRecord, file), NULL, 0, 0 },
  { "shared", PLN_FIELD_DATE_TIME, G_STRUCT_OFFSET (PlnExportRecord, shared), NULL, 0, 0 },
  { NULL }
};
