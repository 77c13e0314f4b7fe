/* pln-sitting.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-sitting"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pln-enum-types.h"
#include "pln-model-private.h"
#include "pln-placement.h"
#include "pln-sitting.h"
#include "pln-terms.h"

/* A plenary meeting: one block of a meeting day, such as 10:00–13:00, in
 * the time zone of the venue. Its placements are the organization of work. */

struct _PlnSitting
{
  GObject parent_instance;

  char *id;
  char *name;
  GDate date;
  int start;
  int end;
  GListStore *placements;
};

G_DEFINE_FINAL_TYPE (PlnSitting, pln_sitting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DATE,
  PROP_START,
  PROP_END,
  PROP_PLACEMENTS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pln_sitting_finalize (GObject *object)
{
  PlnSitting *self = PLN_SITTING (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_object (&self->placements);

  G_OBJECT_CLASS (pln_sitting_parent_class)->finalize (object);
}

static void
pln_sitting_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PlnSitting *self = PLN_SITTING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, g_date_valid (&self->date) ? &self->date : NULL);
      break;

    case PROP_START:
      g_value_set_int (value, self->start);
      break;

    case PROP_END:
      g_value_set_int (value, self->end);
      break;

    case PROP_PLACEMENTS:
      g_value_set_object (value, self->placements);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_sitting_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PlnSitting *self = PLN_SITTING (object);

  switch (prop_id)
    {
    case PROP_ID:
      pln_set_id (&self->id, g_value_get_string (value));
      break;

    case PROP_NAME:
      pln_sitting_set_name (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      pln_sitting_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_START:
      pln_sitting_set_start (self, g_value_get_int (value));
      break;

    case PROP_END:
      pln_sitting_set_end (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_sitting_class_init (PlnSittingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pln_sitting_finalize;
  object_class->get_property = pln_sitting_get_property;
  object_class->set_property = pln_sitting_set_property;
  object_class->notify = pln_model_notify;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_START] =
    g_param_spec_int ("start", NULL, NULL,
                      0, 1440, 600,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_END] =
    g_param_spec_int ("end", NULL, NULL,
                      0, 1440, 780,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PLACEMENTS] =
    g_param_spec_object ("placements", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
pln_sitting_init (PlnSitting *self)
{
  self->id = pln_model_new_id ();
  g_date_clear (&self->date, 1);
  self->start = 600;
  self->end = 780;
  self->placements = g_list_store_new (PLN_TYPE_PLACEMENT);
}

PlnSitting *
pln_sitting_new (void)
{
  return g_object_new (PLN_TYPE_SITTING, NULL);
}

/**
 * pln_sitting_get_id:
 *
 * Returns: the stable identifier other objects and files refer to
 */
const char *
pln_sitting_get_id (PlnSitting *self)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), NULL);

  return self->id;
}

const char *
pln_sitting_get_name (PlnSitting *self)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), NULL);

  return self->name;
}

/**
 * pln_sitting_dup_display_name:
 *
 * Returns: (transfer full): the name to show in the interface, in its
 *   language for the names Plenary gives (see pln_terms_sitting_name())
 */
char *
pln_sitting_dup_display_name (PlnSitting *self)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), NULL);

  return pln_terms_sitting_name (self->name);
}

void
pln_sitting_set_name (PlnSitting *self,
                      const char *name)
{
  g_return_if_fail (PLN_IS_SITTING (self));
  if (pln_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}

const GDate *
pln_sitting_get_date (PlnSitting *self)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), NULL);

  return g_date_valid (&self->date) ? &self->date : NULL;
}

void
pln_sitting_set_date (PlnSitting *self,
                      const GDate *date)
{
  g_return_if_fail (PLN_IS_SITTING (self));
  if (pln_set_date (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATE]);
}

int
pln_sitting_get_start (PlnSitting *self)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), 0);

  return self->start;
}

void
pln_sitting_set_start (PlnSitting *self,
                       int start)
{
  g_return_if_fail (PLN_IS_SITTING (self));
  if (self->start != start)
    {
      self->start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_START]);
    }
}

int
pln_sitting_get_end (PlnSitting *self)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), 0);

  return self->end;
}

void
pln_sitting_set_end (PlnSitting *self,
                     int end)
{
  g_return_if_fail (PLN_IS_SITTING (self));
  if (self->end != end)
    {
      self->end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_END]);
    }
}

/**
 * pln_sitting_get_placements:
 *
 * Returns: (transfer none): the agenda items taken in this plenary meeting, in order, a list of #PlnPlacement
 */
GListModel *
pln_sitting_get_placements (PlnSitting *self)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), NULL);

  return G_LIST_MODEL (self->placements);
}

void
pln_sitting_append_placement (PlnSitting *self,
                              PlnPlacement *placement)
{
  g_return_if_fail (PLN_IS_SITTING (self));
  g_return_if_fail (PLN_IS_PLACEMENT (placement));

  pln_sitting_insert_placement (self, g_list_model_get_n_items (G_LIST_MODEL (self->placements)), placement);
}

void
pln_sitting_insert_placement (PlnSitting *self,
                              guint         position,
                              PlnPlacement *placement)
{
  guint n_items;

  g_return_if_fail (PLN_IS_SITTING (self));
  g_return_if_fail (PLN_IS_PLACEMENT (placement));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->placements));
  g_list_store_insert (self->placements, MIN (position, n_items), placement);
}

/**
 * pln_sitting_remove_placement:
 *
 * Returns: the position @placement had, for undo, or -1 if it was not there
 */
int
pln_sitting_remove_placement (PlnSitting *self,
                              PlnPlacement *placement)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), -1);
  g_return_val_if_fail (PLN_IS_PLACEMENT (placement), -1);

  return pln_list_store_remove_item (self->placements, placement);
}

gboolean
pln_sitting_move_placement (PlnSitting *self,
                            PlnPlacement *placement,
                            guint         position)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), FALSE);
  g_return_val_if_fail (PLN_IS_PLACEMENT (placement), FALSE);

  return pln_list_store_move_item (self->placements, placement, position);
}

static GDateTime *
date_time_at (const GDate *date,
              int          minutes,
              GTimeZone   *tz)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;

  return g_date_time_new (tz, g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), minutes / 60, minutes % 60, 0);
}

/**
 * pln_sitting_dup_start_date_time:
 * @tz: the time zone of the venue (pln_meeting_dup_time_zone())
 *
 * Returns: (transfer full) (nullable): when the plenary meeting starts
 */
GDateTime *
pln_sitting_dup_start_date_time (PlnSitting *self,
                                 GTimeZone  *tz)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), NULL);

  return date_time_at (pln_sitting_get_date (self), self->start, tz);
}

/**
 * pln_sitting_dup_end_date_time:
 *
 * Returns: (transfer full) (nullable): when the plenary meeting ends
 */
GDateTime *
pln_sitting_dup_end_date_time (PlnSitting *self,
                               GTimeZone  *tz)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), NULL);

  return date_time_at (pln_sitting_get_date (self), self->end, tz);
}

/* The fields as the workspace file has them, for pln-json.c. */
const PlnFieldInfo pln_sitting_fields[] = {
  { "id", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnSitting, id), NULL, 0, 0 },
  { "name", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnSitting, name), NULL, 0, 0 },
  { "date", PLN_FIELD_DATE, G_STRUCT_OFFSET (PlnSitting, date), NULL, 0, 0 },
  { "start", PLN_FIELD_INT, G_STRUCT_OFFSET (PlnSitting, start), NULL, 0, 1440 },
  { "end", PLN_FIELD_INT, G_STRUCT_OFFSET (PlnSitting, end), NULL, 0, 1440 },
  { "placements", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnSitting, placements), pln_placement_get_type, 0, 0 },
  { NULL }
};
