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
  PlnObject parent_instance;

  PlnAgendaItem *agenda_item;
  char *note;
};

G_DEFINE_FINAL_TYPE (PlnPlacement, pln_placement, PLN_TYPE_OBJECT)

enum {
  FIELD_AGENDA_ITEM,
  FIELD_NOTE,
  N_FIELDS
};

/* The fields, in the order of the workspace file (docs/file-format.md). */
static const PlnField fields[N_FIELDS] = {
  [FIELD_AGENDA_ITEM] = { "agenda-item", PLN_FIELD_OBJECT, G_STRUCT_OFFSET (PlnPlacement, agenda_item), pln_agenda_item_get_type },
  [FIELD_NOTE] = { "note", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnPlacement, note) },
};

static void
pln_placement_class_init (PlnPlacementClass *klass)
{
  pln_object_class_install_fields (PLN_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
pln_placement_init (PlnPlacement *self)
{
  pln_object_init_fields (PLN_OBJECT (self));
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

  return pln_object_get_id (PLN_OBJECT (self));
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

  pln_object_set_object (PLN_OBJECT (self), FIELD_AGENDA_ITEM, agenda_item);
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

  pln_object_set_string (PLN_OBJECT (self), FIELD_NOTE, note);
}

