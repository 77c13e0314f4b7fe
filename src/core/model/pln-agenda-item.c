/* pln-agenda-item.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-agenda-item"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pln-enum-types.h"
#include "pln-model-private.h"
#include "pln-document-ref.h"
#include "pln-agenda-item.h"

/* An item of the provisional agenda ("2.") or one of its lettered
 * sub-items ("(a)"), with its annotation and documentation. */

struct _PlnAgendaItem
{
  GObject parent_instance;

  char *id;
  char *number;
  char *title;
  char *annotation;
  char *notes;
  PlnAgendaItem *parent; /* weak */
  GListStore *sub_items;
  GListStore *documents;
};

G_DEFINE_FINAL_TYPE (PlnAgendaItem, pln_agenda_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_ANNOTATION,
  PROP_NOTES,
  PROP_PARENT,
  PROP_SUB_ITEMS,
  PROP_DOCUMENTS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pln_agenda_item_dispose (GObject *object)
{
  PlnAgendaItem *self = PLN_AGENDA_ITEM (object);

  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (pln_agenda_item_parent_class)->dispose (object);
}

static void
pln_agenda_item_finalize (GObject *object)
{
  PlnAgendaItem *self = PLN_AGENDA_ITEM (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->annotation, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_object (&self->sub_items);
  g_clear_object (&self->documents);

  G_OBJECT_CLASS (pln_agenda_item_parent_class)->finalize (object);
}

static void
pln_agenda_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PlnAgendaItem *self = PLN_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_ANNOTATION:
      g_value_set_string (value, self->annotation);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_PARENT:
      g_value_set_object (value, self->parent);
      break;

    case PROP_SUB_ITEMS:
      g_value_set_object (value, self->sub_items);
      break;

    case PROP_DOCUMENTS:
      g_value_set_object (value, self->documents);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_agenda_item_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PlnAgendaItem *self = PLN_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      pln_set_id (&self->id, g_value_get_string (value));
      break;

    case PROP_NUMBER:
      pln_agenda_item_set_number (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      pln_agenda_item_set_title (self, g_value_get_string (value));
      break;

    case PROP_ANNOTATION:
      pln_agenda_item_set_annotation (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      pln_agenda_item_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_agenda_item_class_init (PlnAgendaItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pln_agenda_item_dispose;
  object_class->finalize = pln_agenda_item_finalize;
  object_class->get_property = pln_agenda_item_get_property;
  object_class->set_property = pln_agenda_item_set_property;
  object_class->notify = pln_model_notify;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ANNOTATION] =
    g_param_spec_string ("annotation", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PARENT] =
    g_param_spec_object ("parent", NULL, NULL,
                         PLN_TYPE_AGENDA_ITEM,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_SUB_ITEMS] =
    g_param_spec_object ("sub-items", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_DOCUMENTS] =
    g_param_spec_object ("documents", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
pln_agenda_item_init (PlnAgendaItem *self)
{
  self->id = pln_model_new_id ();
  self->sub_items = g_list_store_new (PLN_TYPE_AGENDA_ITEM);
  self->documents = g_list_store_new (PLN_TYPE_DOCUMENT_REF);
}

PlnAgendaItem *
pln_agenda_item_new (void)
{
  return g_object_new (PLN_TYPE_AGENDA_ITEM, NULL);
}

/**
 * pln_agenda_item_get_id:
 *
 * Returns: the stable identifier other objects and files refer to
 */
const char *
pln_agenda_item_get_id (PlnAgendaItem *self)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), NULL);

  return self->id;
}

const char *
pln_agenda_item_get_number (PlnAgendaItem *self)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), NULL);

  return self->number;
}

void
pln_agenda_item_set_number (PlnAgendaItem *self,
                            const char *number)
{
  g_return_if_fail (PLN_IS_AGENDA_ITEM (self));
  if (pln_set_string (&self->number, number))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NUMBER]);
}

const char *
pln_agenda_item_get_title (PlnAgendaItem *self)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), NULL);

  return self->title;
}

void
pln_agenda_item_set_title (PlnAgendaItem *self,
                           const char *title)
{
  g_return_if_fail (PLN_IS_AGENDA_ITEM (self));
  if (pln_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

const char *
pln_agenda_item_get_annotation (PlnAgendaItem *self)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), NULL);

  return self->annotation;
}

void
pln_agenda_item_set_annotation (PlnAgendaItem *self,
                                const char *annotation)
{
  g_return_if_fail (PLN_IS_AGENDA_ITEM (self));
  if (pln_set_string (&self->annotation, annotation))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ANNOTATION]);
}

const char *
pln_agenda_item_get_notes (PlnAgendaItem *self)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), NULL);

  return self->notes;
}

void
pln_agenda_item_set_notes (PlnAgendaItem *self,
                           const char *notes)
{
  g_return_if_fail (PLN_IS_AGENDA_ITEM (self));
  if (pln_set_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NOTES]);
}

PlnAgendaItem *
pln_agenda_item_get_parent (PlnAgendaItem *self)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), NULL);

  return self->parent;
}

/**
 * pln_agenda_item_get_sub_items:
 *
 * Returns: (transfer none): the lettered sub-items, a list of #PlnAgendaItem
 */
GListModel *
pln_agenda_item_get_sub_items (PlnAgendaItem *self)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), NULL);

  return G_LIST_MODEL (self->sub_items);
}

void
pln_agenda_item_append_sub_item (PlnAgendaItem *self,
                                 PlnAgendaItem *sub_item)
{
  g_return_if_fail (PLN_IS_AGENDA_ITEM (self));
  g_return_if_fail (PLN_IS_AGENDA_ITEM (sub_item));

  pln_agenda_item_insert_sub_item (self, g_list_model_get_n_items (G_LIST_MODEL (self->sub_items)), sub_item);
}

void
pln_agenda_item_insert_sub_item (PlnAgendaItem *self,
                                 guint          position,
                                 PlnAgendaItem *sub_item)
{
  guint n_items;

  g_return_if_fail (PLN_IS_AGENDA_ITEM (self));
  g_return_if_fail (PLN_IS_AGENDA_ITEM (sub_item));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->sub_items));
  pln_agenda_item_set_parent (sub_item, self);
  g_list_store_insert (self->sub_items, MIN (position, n_items), sub_item);
}

/**
 * pln_agenda_item_remove_sub_item:
 *
 * Returns: the position @sub_item had, for undo, or -1 if it was not there
 */
int
pln_agenda_item_remove_sub_item (PlnAgendaItem *self,
                                 PlnAgendaItem *sub_item)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), -1);
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (sub_item), -1);

  return pln_list_store_remove_item (self->sub_items, sub_item);
}

gboolean
pln_agenda_item_move_sub_item (PlnAgendaItem *self,
                               PlnAgendaItem *sub_item,
                               guint          position)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (sub_item), FALSE);

  return pln_list_store_move_item (self->sub_items, sub_item, position);
}

/**
 * pln_agenda_item_get_documents:
 *
 * Returns: (transfer none): the documentation of the item, a list of #PlnDocumentRef
 */
GListModel *
pln_agenda_item_get_documents (PlnAgendaItem *self)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), NULL);

  return G_LIST_MODEL (self->documents);
}

void
pln_agenda_item_append_document (PlnAgendaItem *self,
                                 PlnDocumentRef *document)
{
  g_return_if_fail (PLN_IS_AGENDA_ITEM (self));
  g_return_if_fail (PLN_IS_DOCUMENT_REF (document));

  pln_agenda_item_insert_document (self, g_list_model_get_n_items (G_LIST_MODEL (self->documents)), document);
}

void
pln_agenda_item_insert_document (PlnAgendaItem *self,
                                 guint           position,
                                 PlnDocumentRef *document)
{
  guint n_items;

  g_return_if_fail (PLN_IS_AGENDA_ITEM (self));
  g_return_if_fail (PLN_IS_DOCUMENT_REF (document));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  g_list_store_insert (self->documents, MIN (position, n_items), document);
}

/**
 * pln_agenda_item_remove_document:
 *
 * Returns: the position @document had, for undo, or -1 if it was not there
 */
int
pln_agenda_item_remove_document (PlnAgendaItem *self,
                                 PlnDocumentRef *document)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), -1);
  g_return_val_if_fail (PLN_IS_DOCUMENT_REF (document), -1);

  return pln_list_store_remove_item (self->documents, document);
}

gboolean
pln_agenda_item_move_document (PlnAgendaItem *self,
                               PlnDocumentRef *document,
                               guint           position)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (PLN_IS_DOCUMENT_REF (document), FALSE);

  return pln_list_store_move_item (self->documents, document, position);
}

void
pln_agenda_item_set_parent (PlnAgendaItem *self,
                            PlnAgendaItem *parent)
{
  g_return_if_fail (PLN_IS_AGENDA_ITEM (self));

  if (g_set_weak_pointer (&self->parent, parent))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PARENT]);
}

/**
 * pln_agenda_item_is_sub_item:
 *
 * Returns: %TRUE for a lettered sub-item, such as "(a) Opening of the meeting"
 */
gboolean
pln_agenda_item_is_sub_item (PlnAgendaItem *self)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), FALSE);

  return self->parent != NULL;
}

/**
 * pln_agenda_item_dup_label:
 *
 * Returns: (transfer full): how the organization of work names the item:
 *   "2" for an item, "1 (a)" for a sub-item
 */
char *
pln_agenda_item_dup_label (PlnAgendaItem *self)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), NULL);

  if (self->parent != NULL)
    return g_strdup_printf ("%s (%s)",
                            self->parent->number ? self->parent->number : "?",
                            self->number ? self->number : "?");

  return g_strdup (self->number ? self->number : "?");
}

/**
 * pln_agenda_item_renumber_sub_items:
 *
 * Letters the sub-items (a), (b), (c) … in their order.
 */
void
pln_agenda_item_renumber_sub_items (PlnAgendaItem *self)
{
  guint n;

  g_return_if_fail (PLN_IS_AGENDA_ITEM (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sub_items));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnAgendaItem) sub = g_list_model_get_item (G_LIST_MODEL (self->sub_items), i);
      char letter[8];

      /* After (z) come (aa), (bb) …, as long documents do. */
      if (i < 26)
        g_snprintf (letter, sizeof letter, "%c", 'a' + i);
      else
        g_snprintf (letter, sizeof letter, "%c%c", 'a' + i % 26, 'a' + i % 26);

      pln_agenda_item_set_number (sub, letter);
    }
}

/* The fields as the workspace file has them, for pln-json.c. */
const PlnFieldInfo pln_agenda_item_fields[] = {
  { "id", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnAgendaItem, id), NULL, 0, 0 },
  { "number", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnAgendaItem, number), NULL, 0, 0 },
  { "title", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnAgendaItem, title), NULL, 0, 0 },
  { "annotation", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnAgendaItem, annotation), NULL, 0, 0 },
  { "notes", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnAgendaItem, notes), NULL, 0, 0 },
  { "sub_items", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnAgendaItem, sub_items), pln_agenda_item_get_type, 0, 0 },
  { "documents", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnAgendaItem, documents), pln_document_ref_get_type, 0, 0 },
  { NULL }
};
