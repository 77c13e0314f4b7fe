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
  PlnObject parent_instance;

  char *symbol;
  char *title;
};

G_DEFINE_FINAL_TYPE (PlnDocumentRef, pln_document_ref, PLN_TYPE_OBJECT)

enum {
  FIELD_SYMBOL,
  FIELD_TITLE,
  N_FIELDS
};

/* The fields, in the order of the workspace file (docs/file-format.md). */
static const PlnField fields[N_FIELDS] = {
  [FIELD_SYMBOL] = { "symbol", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnDocumentRef, symbol) },
  [FIELD_TITLE] = { "title", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnDocumentRef, title) },
};

static void
pln_document_ref_class_init (PlnDocumentRefClass *klass)
{
  pln_object_class_install_fields (PLN_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
pln_document_ref_init (PlnDocumentRef *self)
{
  pln_object_init_fields (PLN_OBJECT (self));
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

  return pln_object_get_id (PLN_OBJECT (self));
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

  pln_object_set_string (PLN_OBJECT (self), FIELD_SYMBOL, symbol);
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

  pln_object_set_string (PLN_OBJECT (self), FIELD_TITLE, title);
}

