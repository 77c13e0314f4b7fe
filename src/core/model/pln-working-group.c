/* pln-working-group.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-working-group"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pln-enum-types.h"
#include "pln-model-private.h"
#include "pln-terms.h"
#include "pln-working-group.h"

/* A standing body of a Conference, such as the Working Group on the
 * Smuggling of Migrants, with the series its documents' symbols belong to. */

struct _PlnWorkingGroup
{
  PlnObject parent_instance;

  char *name;
  char *short_name;
  char *symbol_series;
  char *parent_body;
  char *mandate;
  char *color;
};

G_DEFINE_FINAL_TYPE (PlnWorkingGroup, pln_working_group, PLN_TYPE_OBJECT)

enum {
  FIELD_NAME,
  FIELD_SHORT_NAME,
  FIELD_SYMBOL_SERIES,
  FIELD_PARENT_BODY,
  FIELD_MANDATE,
  FIELD_COLOR,
  N_FIELDS
};

/* The fields, in the order of the workspace file (docs/file-format.md). */
static const PlnField fields[N_FIELDS] = {
  [FIELD_NAME] = { "name", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkingGroup, name) },
  [FIELD_SHORT_NAME] = { "short-name", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkingGroup, short_name) },
  [FIELD_SYMBOL_SERIES] = { "symbol-series", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkingGroup, symbol_series) },
  [FIELD_PARENT_BODY] = { "parent-body", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkingGroup, parent_body) },
  [FIELD_MANDATE] = { "mandate", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkingGroup, mandate) },
  [FIELD_COLOR] = { "color", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkingGroup, color) },
};

static void
pln_working_group_class_init (PlnWorkingGroupClass *klass)
{
  pln_object_class_install_fields (PLN_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
pln_working_group_init (PlnWorkingGroup *self)
{
  pln_object_init_fields (PLN_OBJECT (self));
}

PlnWorkingGroup *
pln_working_group_new (void)
{
  return g_object_new (PLN_TYPE_WORKING_GROUP, NULL);
}

/**
 * pln_working_group_get_id:
 *
 * Returns: the stable identifier other objects and files refer to
 */
const char *
pln_working_group_get_id (PlnWorkingGroup *self)
{
  g_return_val_if_fail (PLN_IS_WORKING_GROUP (self), NULL);

  return pln_object_get_id (PLN_OBJECT (self));
}

const char *
pln_working_group_get_name (PlnWorkingGroup *self)
{
  g_return_val_if_fail (PLN_IS_WORKING_GROUP (self), NULL);

  return self->name;
}

/**
 * pln_working_group_get_display_name:
 *
 * Returns: (transfer none) (nullable): the name to show in the interface:
 *   the official name in the interface's language of a body known by its
 *   English name (see pln_terms_body_name()), otherwise the name
 */
const char *
pln_working_group_get_display_name (PlnWorkingGroup *self)
{
  g_return_val_if_fail (PLN_IS_WORKING_GROUP (self), NULL);

  return pln_terms_body_name (self->name);
}

void
pln_working_group_set_name (PlnWorkingGroup *self,
                            const char *name)
{
  g_return_if_fail (PLN_IS_WORKING_GROUP (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_NAME, name);
}

const char *
pln_working_group_get_short_name (PlnWorkingGroup *self)
{
  g_return_val_if_fail (PLN_IS_WORKING_GROUP (self), NULL);

  return self->short_name;
}

void
pln_working_group_set_short_name (PlnWorkingGroup *self,
                                  const char *short_name)
{
  g_return_if_fail (PLN_IS_WORKING_GROUP (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_SHORT_NAME, short_name);
}

const char *
pln_working_group_get_symbol_series (PlnWorkingGroup *self)
{
  g_return_val_if_fail (PLN_IS_WORKING_GROUP (self), NULL);

  return self->symbol_series;
}

void
pln_working_group_set_symbol_series (PlnWorkingGroup *self,
                                     const char *symbol_series)
{
  g_return_if_fail (PLN_IS_WORKING_GROUP (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_SYMBOL_SERIES, symbol_series);
}

const char *
pln_working_group_get_parent_body (PlnWorkingGroup *self)
{
  g_return_val_if_fail (PLN_IS_WORKING_GROUP (self), NULL);

  return self->parent_body;
}

void
pln_working_group_set_parent_body (PlnWorkingGroup *self,
                                   const char *parent_body)
{
  g_return_if_fail (PLN_IS_WORKING_GROUP (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_PARENT_BODY, parent_body);
}

const char *
pln_working_group_get_mandate (PlnWorkingGroup *self)
{
  g_return_val_if_fail (PLN_IS_WORKING_GROUP (self), NULL);

  return self->mandate;
}

void
pln_working_group_set_mandate (PlnWorkingGroup *self,
                               const char *mandate)
{
  g_return_if_fail (PLN_IS_WORKING_GROUP (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_MANDATE, mandate);
}

const char *
pln_working_group_get_color (PlnWorkingGroup *self)
{
  g_return_val_if_fail (PLN_IS_WORKING_GROUP (self), NULL);

  return self->color;
}

void
pln_working_group_set_color (PlnWorkingGroup *self,
                             const char *color)
{
  g_return_if_fail (PLN_IS_WORKING_GROUP (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_COLOR, color);
}

