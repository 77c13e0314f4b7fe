/* pln-document-ref.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-document-ref"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pln-enum-types.h"
#include "pln-model-private.h"
#include "pln-document-ref.h"

/* A document listed under an agenda item's "Documentation": its symbol
 * (CTOC/COP/WG.7/2022/2) and its title. */

struct _PlnDocumentRef
{
  GObject parent_instance;

  char *id;
  char *symbol;
  char *title;
};

G_DEFINE_FINAL_TYPE (PlnDocumentRef, pln_document_ref, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SYMBOL,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pln_document_ref_finalize (GObject *object)
{
  PlnDocumentRef *self = PLN_DOCUMENT_REF (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->symbol, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (pln_document_ref_parent_class)->finalize (object);
}

static void
pln_document_ref_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PlnDocumentRef *self = PLN_DOCUMENT_REF (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_SYMBOL:
      g_value_set_string (value, self->symbol);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_document_ref_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PlnDocumentRef *self = PLN_DOCUMENT_REF (object);

  switch (prop_id)
    {
    case PROP_ID:
      pln_set_id (&self->id, g_value_get_string (value));
      break;

    case PROP_SYMBOL:
      pln_document_ref_set_symbol (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      pln_document_ref_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_document_ref_class_init (PlnDocumentRefClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pln_document_ref_finalize;
  object_class->get_property = pln_document_ref_get_property;
  object_class->set_property = pln_document_ref_set_property;
  object_class->notify = pln_model_notify;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SYMBOL] =
    g_param_spec_string ("symbol", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
pln_document_ref_init (PlnDocumentRef *self)
{
  self->id = pln_model_new_id ();
}

PlnDocumentRef *
pln_document_ref_new (void)
{
  return g_object_new (PLN_TYPE_DOCUMENT_REF, NULL);
}

/**
 * pln_document_ref_get_id:
 *
 * Returns: the stable identifier other objects and files refer to
 */
const char *
pln_document_ref_get_id (PlnDocumentRef *self)
{
  g_return_val_if_fail (PLN_IS_DOCUMENT_REF (self), NULL);

  return self->id;
}

const char *
pln_document_ref_get_symbol (PlnDocumentRef *self)
{
  g_return_val_if_fail (PLN_IS_DOCUMENT_REF (self), NULL);

  return self->symbol;
}

void
pln_document_ref_set_symbol (PlnDocumentRef *self,
                             const char *symbol)
{
  g_return_if_fail (PLN_IS_DOCUMENT_REF (self));
  if (pln_set_string (&self->symbol, symbol))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SYMBOL]);
}

const char *
pln_document_ref_get_title (PlnDocumentRef *self)
{
  g_return_val_if_fail (PLN_IS_DOCUMENT_REF (self), NULL);

  return self->title;
}

void
pln_document_ref_set_title (PlnDocumentRef *self,
                            const char *title)
{
  g_return_if_fail (PLN_IS_DOCUMENT_REF (self));
  if (pln_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

/* The fields as the workspace file has them, for pln-json.c. */
const PlnFieldInfo pln_document_ref_fields[] = {
  { "id", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnDocumentRef, id), NULL, 0, 0 },
  { "symbol", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnDocumentRef, symbol), NULL, 0, 0 },
  { "title", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnDocumentRef, title), NULL, 0, 0 },
  { NULL }
};
