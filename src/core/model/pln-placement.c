/* pln-placement.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-placement"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pln-enum-types.h"
#include "pln-model-private.h"
#include "pln-agenda-item.h"
#include "pln-placement.h"

/* One line of the organization of work: an agenda item (or sub-item)
 * taken in a plenary meeting. Whether it is "continued" is derived from
 * the placements before it, never stored. */

struct _PlnPlacement
{
  GObject parent_instance;

  char *id;
  PlnAgendaItem *agenda_item;
  char *note;
};

G_DEFINE_FINAL_TYPE (PlnPlacement, pln_placement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_AGENDA_ITEM,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pln_placement_dispose (GObject *object)
{
  PlnPlacement *self = PLN_PLACEMENT (object);

  g_clear_object (&self->agenda_item);

  G_OBJECT_CLASS (pln_placement_parent_class)->dispose (object);
}

static void
pln_placement_finalize (GObject *object)
{
  PlnPlacement *self = PLN_PLACEMENT (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (pln_placement_parent_class)->finalize (object);
}

static void
pln_placement_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PlnPlacement *self = PLN_PLACEMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_AGENDA_ITEM:
      g_value_set_object (value, self->agenda_item);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_placement_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PlnPlacement *self = PLN_PLACEMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      pln_set_id (&self->id, g_value_get_string (value));
      break;

    case PROP_AGENDA_ITEM:
      pln_placement_set_agenda_item (self, g_value_get_object (value));
      break;

    case PROP_NOTE:
      pln_placement_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_placement_class_init (PlnPlacementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pln_placement_dispose;
  object_class->finalize = pln_placement_finalize;
  object_class->get_property = pln_placement_get_property;
  object_class->set_property = pln_placement_set_property;
  object_class->notify = pln_model_notify;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_AGENDA_ITEM] =
    g_param_spec_object ("agenda-item", NULL, NULL,
                         PLN_TYPE_AGENDA_ITEM,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
pln_placement_init (PlnPlacement *self)
{
  self->id = pln_model_new_id ();
}

PlnPlacement *
pln_placement_new (void)
{
  return g_object_new (PLN_TYPE_PLACEMENT, NULL);
}

/**
 * pln_placement_get_id:
 *
 * Returns: the stable identifier other objects and files refer to
 */
const char *
pln_placement_get_id (PlnPlacement *self)
{
  g_return_val_if_fail (PLN_IS_PLACEMENT (self), NULL);

  return self->id;
}

PlnAgendaItem *
pln_placement_get_agenda_item (PlnPlacement *self)
{
  g_return_val_if_fail (PLN_IS_PLACEMENT (self), NULL);

  return self->agenda_item;
}

void
pln_placement_set_agenda_item (PlnPlacement *self,
                               PlnAgendaItem *agenda_item)
{
  g_return_if_fail (PLN_IS_PLACEMENT (self));
  if (g_set_object (&self->agenda_item, agenda_item))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AGENDA_ITEM]);
}

const char *
pln_placement_get_note (PlnPlacement *self)
{
  g_return_val_if_fail (PLN_IS_PLACEMENT (self), NULL);

  return self->note;
}

void
pln_placement_set_note (PlnPlacement *self,
                        const char *note)
{
  g_return_if_fail (PLN_IS_PLACEMENT (self));
  if (pln_set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NOTE]);
}

/* The fields as the workspace file has them, for pln-json.c. */
const PlnFieldInfo pln_placement_fields[] = {
  { "id", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnPlacement, id), NULL, 0, 0 },
  { "agenda_item", PLN_FIELD_OBJECT, G_STRUCT_OFFSET (PlnPlacement, agenda_item), pln_agenda_item_get_type, 0, 0 },
  { "note", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnPlacement, note), NULL, 0, 0 },
  { NULL }
};
