/* pln-resolution.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-resolution"

#include "config.h"

#include "pln-enum-types.h"
#include "pln-model-private.h"
#include "pln-working-group.h"
#include "pln-resolution.h"

/* A resolution or decision of the parent body (the Conference), added by
 * hand to the compendium beside the working groups' recommendations:
 * its symbol ("resolution 11/3"), date, text, themes, and the working
 * group whose work it concerns, if one. */

struct _PlnResolution
{
  PlnObject parent_instance;

  PlnEntryKind kind;
  char *symbol;
  GDate date;
  char *text;
  PlnWorkingGroup *working_group;
  char **themes;
};

G_DEFINE_FINAL_TYPE (PlnResolution, pln_resolution, PLN_TYPE_OBJECT)

enum {
  FIELD_KIND,
  FIELD_SYMBOL,
  FIELD_DATE,
  FIELD_TEXT,
  FIELD_WORKING_GROUP,
  FIELD_THEMES,
  N_FIELDS
};

/* The fields, in the order of the workspace file (docs/file-format.md). */
static const PlnField fields[N_FIELDS] = {
  [FIELD_KIND] = { "kind", PLN_FIELD_ENUM, G_STRUCT_OFFSET (PlnResolution, kind), pln_entry_kind_get_type, 0, 0, PLN_ENTRY_RESOLUTION },
  [FIELD_SYMBOL] = { "symbol", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnResolution, symbol) },
  [FIELD_DATE] = { "date", PLN_FIELD_DATE, G_STRUCT_OFFSET (PlnResolution, date) },
  [FIELD_TEXT] = { "text", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnResolution, text) },
  [FIELD_WORKING_GROUP] = { "working-group", PLN_FIELD_OBJECT, G_STRUCT_OFFSET (PlnResolution, working_group), pln_working_group_get_type },
  [FIELD_THEMES] = { "themes", PLN_FIELD_STRV, G_STRUCT_OFFSET (PlnResolution, themes) },
};

static void
pln_resolution_class_init (PlnResolutionClass *klass)
{
  pln_object_class_install_fields (PLN_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
pln_resolution_init (PlnResolution *self)
{
  pln_object_init_fields (PLN_OBJECT (self));
}

/**
 * pln_resolution_new:
 * @kind: %PLN_ENTRY_RESOLUTION or %PLN_ENTRY_DECISION
 */
PlnResolution *
pln_resolution_new (PlnEntryKind kind)
{
  PlnResolution *self = g_object_new (PLN_TYPE_RESOLUTION, NULL);

  pln_resolution_set_kind (self, kind);
  return self;
}

const char *
pln_resolution_get_id (PlnResolution *self)
{
  g_return_val_if_fail (PLN_IS_RESOLUTION (self), NULL);

  return pln_object_get_id (PLN_OBJECT (self));
}

PlnEntryKind
pln_resolution_get_kind (PlnResolution *self)
{
  g_return_val_if_fail (PLN_IS_RESOLUTION (self), PLN_ENTRY_RESOLUTION);

  return self->kind;
}

void
pln_resolution_set_kind (PlnResolution *self,
                         PlnEntryKind   kind)
{
  g_return_if_fail (PLN_IS_RESOLUTION (self));
  g_return_if_fail (kind == PLN_ENTRY_RESOLUTION || kind == PLN_ENTRY_DECISION);

  pln_object_set_int (PLN_OBJECT (self), FIELD_KIND, kind);
}

const char *
pln_resolution_get_symbol (PlnResolution *self)
{
  g_return_val_if_fail (PLN_IS_RESOLUTION (self), NULL);

  return self->symbol;
}

void
pln_resolution_set_symbol (PlnResolution *self,
                           const char    *symbol)
{
  g_return_if_fail (PLN_IS_RESOLUTION (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_SYMBOL, symbol);
}

const GDate *
pln_resolution_get_date (PlnResolution *self)
{
  g_return_val_if_fail (PLN_IS_RESOLUTION (self), NULL);

  return g_date_valid (&self->date) ? &self->date : NULL;
}

void
pln_resolution_set_date (PlnResolution *self,
                         const GDate   *date)
{
  g_return_if_fail (PLN_IS_RESOLUTION (self));

  pln_object_set_date (PLN_OBJECT (self), FIELD_DATE, date);
}

const char *
pln_resolution_get_text (PlnResolution *self)
{
  g_return_val_if_fail (PLN_IS_RESOLUTION (self), NULL);

  return self->text;
}

void
pln_resolution_set_text (PlnResolution *self,
                         const char    *text)
{
  g_return_if_fail (PLN_IS_RESOLUTION (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_TEXT, text);
}

/**
 * pln_resolution_get_working_group:
 *
 * Returns: (transfer none) (nullable): the working group whose work it
 *   concerns, or %NULL for all of them
 */
PlnWorkingGroup *
pln_resolution_get_working_group (PlnResolution *self)
{
  g_return_val_if_fail (PLN_IS_RESOLUTION (self), NULL);

  return self->working_group;
}

void
pln_resolution_set_working_group (PlnResolution   *self,
                                  PlnWorkingGroup *working_group)
{
  g_return_if_fail (PLN_IS_RESOLUTION (self));

  pln_object_set_object (PLN_OBJECT (self), FIELD_WORKING_GROUP, working_group);
}

/**
 * pln_resolution_get_themes:
 *
 * Returns: (nullable): the ids of its themes
 */
const char * const *
pln_resolution_get_themes (PlnResolution *self)
{
  g_return_val_if_fail (PLN_IS_RESOLUTION (self), NULL);

  return (const char * const *) self->themes;
}

void
pln_resolution_set_themes (PlnResolution      *self,
                           const char * const *themes)
{
  g_return_if_fail (PLN_IS_RESOLUTION (self));

  pln_object_set_strv (PLN_OBJECT (self), FIELD_THEMES, themes);
}
