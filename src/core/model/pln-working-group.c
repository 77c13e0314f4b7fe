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
  GObject parent_instance;

  char *id;
  char *name;
  char *short_name;
  char *symbol_series;
  char *parent_body;
  char *mandate;
  char *color;
};

G_DEFINE_FINAL_TYPE (PlnWorkingGroup, pln_working_group, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_SYMBOL_SERIES,
  PROP_PARENT_BODY,
  PROP_MANDATE,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pln_working_group_finalize (GObject *object)
{
  PlnWorkingGroup *self = PLN_WORKING_GROUP (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->short_name, g_free);
  g_clear_pointer (&self->symbol_series, g_free);
  g_clear_pointer (&self->parent_body, g_free);
  g_clear_pointer (&self->mandate, g_free);
  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (pln_working_group_parent_class)->finalize (object);
}

static void
pln_working_group_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PlnWorkingGroup *self = PLN_WORKING_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;

    case PROP_SYMBOL_SERIES:
      g_value_set_string (value, self->symbol_series);
      break;

    case PROP_PARENT_BODY:
      g_value_set_string (value, self->parent_body);
      break;

    case PROP_MANDATE:
      g_value_set_string (value, self->mandate);
      break;

    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_working_group_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PlnWorkingGroup *self = PLN_WORKING_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      pln_set_id (&self->id, g_value_get_string (value));
      break;

    case PROP_NAME:
      pln_working_group_set_name (self, g_value_get_string (value));
      break;

    case PROP_SHORT_NAME:
      pln_working_group_set_short_name (self, g_value_get_string (value));
      break;

    case PROP_SYMBOL_SERIES:
      pln_working_group_set_symbol_series (self, g_value_get_string (value));
      break;

    case PROP_PARENT_BODY:
      pln_working_group_set_parent_body (self, g_value_get_string (value));
      break;

    case PROP_MANDATE:
      pln_working_group_set_mandate (self, g_value_get_string (value));
      break;

    case PROP_COLOR:
      pln_working_group_set_color (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_working_group_class_init (PlnWorkingGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pln_working_group_finalize;
  object_class->get_property = pln_working_group_get_property;
  object_class->set_property = pln_working_group_set_property;
  object_class->notify = pln_model_notify;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SYMBOL_SERIES] =
    g_param_spec_string ("symbol-series", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PARENT_BODY] =
    g_param_spec_string ("parent-body", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MANDATE] =
    g_param_spec_string ("mandate", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
pln_working_group_init (PlnWorkingGroup *self)
{
  self->id = pln_model_new_id ();
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

  return self->id;
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
  if (pln_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
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
  if (pln_set_string (&self->short_name, short_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SHORT_NAME]);
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
  if (pln_set_string (&self->symbol_series, symbol_series))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SYMBOL_SERIES]);
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
  if (pln_set_string (&self->parent_body, parent_body))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PARENT_BODY]);
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
  if (pln_set_string (&self->mandate, mandate))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MANDATE]);
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
  if (pln_set_string (&self->color, color))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COLOR]);
}

/* The fields as the workspace file has them, for pln-json.c. */
const PlnFieldInfo pln_working_group_fields[] = {
  { "id", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkingGroup, id), NULL, 0, 0 },
  { "name", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkingGroup, name), NULL, 0, 0 },
  { "short_name", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkingGroup, short_name), NULL, 0, 0 },
  { "symbol_series", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkingGroup, symbol_series), NULL, 0, 0 },
  { "parent_body", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkingGroup, parent_body), NULL, 0, 0 },
  { "mandate", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkingGroup, mandate), NULL, 0, 0 },
  { "color", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkingGroup, color), NULL, 0, 0 },
  { NULL }
};
