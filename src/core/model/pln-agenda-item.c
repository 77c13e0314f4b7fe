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
#include "pln-footnote.h"
#include "pln-agenda-item.h"

/* An item of the provisional agenda ("2.") or one of its lettered
 * sub-items ("(a)"), with its annotation and documentation. */

struct _PlnAgendaItem
{
  PlnObject parent_instance;

  char *number;
  char *title;
  char *annotation;
  char *notes;
  char *summary;
  GListStore *footnotes;
  PlnAgendaItem *parent; /* weak */
  GListStore *sub_items;
  GListStore *documents;
};

G_DEFINE_FINAL_TYPE (PlnAgendaItem, pln_agenda_item, PLN_TYPE_OBJECT)

enum {
  FIELD_NUMBER,
  FIELD_TITLE,
  FIELD_ANNOTATION,
  FIELD_NOTES,
  FIELD_SUMMARY,
  FIELD_FOOTNOTES,
  FIELD_SUB_ITEMS,
  FIELD_DOCUMENTS,
  FIELD_PARENT,
  N_FIELDS
};

/* The fields, in the order of the workspace file (docs/file-format.md). */
static const PlnField fields[N_FIELDS] = {
  [FIELD_NUMBER] = { "number", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnAgendaItem, number) },
  [FIELD_TITLE] = { "title", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnAgendaItem, title) },
  [FIELD_ANNOTATION] = { "annotation", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnAgendaItem, annotation) },
  [FIELD_NOTES] = { "notes", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnAgendaItem, notes) },
  /* The Chair's summary of the deliberations on the item, for section II
   * of the report: paragraphs separated by blank lines, footnotes as in
   * @notes (pln-report-document.c). */
  [FIELD_SUMMARY] = { "summary", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnAgendaItem, summary) },
  [FIELD_FOOTNOTES] = { "footnotes", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnAgendaItem, footnotes), pln_footnote_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY },
  [FIELD_SUB_ITEMS] = { "sub-items", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnAgendaItem, sub_items), pln_agenda_item_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY },
  [FIELD_DOCUMENTS] = { "documents", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnAgendaItem, documents), pln_document_ref_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY },
  [FIELD_PARENT] = { "parent", PLN_FIELD_OBJECT, G_STRUCT_OFFSET (PlnAgendaItem, parent), pln_agenda_item_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY | PLN_FIELD_NOT_IN_JSON },
};

static void
pln_agenda_item_dispose (GObject *object)
{
  PlnAgendaItem *self = PLN_AGENDA_ITEM (object);

  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (pln_agenda_item_parent_class)->dispose (object);
}

static void
pln_agenda_item_class_init (PlnAgendaItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  pln_object_class_install_fields (PLN_OBJECT_CLASS (klass), fields, N_FIELDS);

  object_class->dispose = pln_agenda_item_dispose;
}

static void
pln_agenda_item_init (PlnAgendaItem *self)
{
  pln_object_init_fields (PLN_OBJECT (self));
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

  return pln_object_get_id (PLN_OBJECT (self));
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

  pln_object_set_string (PLN_OBJECT (self), FIELD_NUMBER, number);
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

  pln_object_set_string (PLN_OBJECT (self), FIELD_TITLE, title);
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

  pln_object_set_string (PLN_OBJECT (self), FIELD_ANNOTATION, annotation);
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

  pln_object_set_string (PLN_OBJECT (self), FIELD_NOTES, notes);
}

/**
 * pln_agenda_item_get_summary:
 *
 * Returns: (nullable): the Chair's summary of the deliberations on the
 *   item, paragraphs separated by blank lines
 */
const char *
pln_agenda_item_get_summary (PlnAgendaItem *self)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), NULL);

  return self->summary;
}

void
pln_agenda_item_set_summary (PlnAgendaItem *self,
                             const char    *summary)
{
  g_return_if_fail (PLN_IS_AGENDA_ITEM (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_SUMMARY, summary);
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

  pln_agenda_item_insert_sub_item (self, G_MAXUINT, sub_item);
}

void
pln_agenda_item_insert_sub_item (PlnAgendaItem *self,
                                 guint          position,
                                 PlnAgendaItem *sub_item)
{
  g_return_if_fail (PLN_IS_AGENDA_ITEM (self));
  g_return_if_fail (PLN_IS_AGENDA_ITEM (sub_item));

  pln_agenda_item_set_parent (sub_item, self);
  pln_object_list_insert (self->sub_items, position, sub_item);
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

  return pln_object_list_remove (self->sub_items, sub_item);
}

gboolean
pln_agenda_item_move_sub_item (PlnAgendaItem *self,
                               PlnAgendaItem *sub_item,
                               guint          position)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (sub_item), FALSE);

  return pln_object_list_move (self->sub_items, sub_item, position);
}

/**
 * pln_agenda_item_get_footnotes:
 *
 * Returns: (transfer none): the footnotes of the item's annotation, a
 *   list of #PlnFootnote in the order of their marks
 */
GListModel *
pln_agenda_item_get_footnotes (PlnAgendaItem *self)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), NULL);

  return G_LIST_MODEL (self->footnotes);
}

void
pln_agenda_item_insert_footnote (PlnAgendaItem *self,
                                 guint          position,
                                 PlnFootnote   *footnote)
{
  g_return_if_fail (PLN_IS_AGENDA_ITEM (self));
  g_return_if_fail (PLN_IS_FOOTNOTE (footnote));

  pln_object_list_insert (self->footnotes, position, footnote);
}

/**
 * pln_agenda_item_remove_footnote:
 *
 * Returns: the position @footnote had, for undo, or -1 if it was not there
 */
int
pln_agenda_item_remove_footnote (PlnAgendaItem *self,
                                 PlnFootnote   *footnote)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), -1);
  g_return_val_if_fail (PLN_IS_FOOTNOTE (footnote), -1);

  return pln_object_list_remove (self->footnotes, footnote);
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

  pln_agenda_item_insert_document (self, G_MAXUINT, document);
}

void
pln_agenda_item_insert_document (PlnAgendaItem *self,
                                 guint           position,
                                 PlnDocumentRef *document)
{
  g_return_if_fail (PLN_IS_AGENDA_ITEM (self));
  g_return_if_fail (PLN_IS_DOCUMENT_REF (document));

  pln_object_list_insert (self->documents, position, document);
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

  return pln_object_list_remove (self->documents, document);
}

gboolean
pln_agenda_item_move_document (PlnAgendaItem *self,
                               PlnDocumentRef *document,
                               guint           position)
{
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (PLN_IS_DOCUMENT_REF (document), FALSE);

  return pln_object_list_move (self->documents, document, position);
}

void
pln_agenda_item_set_parent (PlnAgendaItem *self,
                            PlnAgendaItem *parent)
{
  g_return_if_fail (PLN_IS_AGENDA_ITEM (self));

  if (g_set_weak_pointer (&self->parent, parent))
    g_object_notify_by_pspec (G_OBJECT (self), pln_object_class_get_pspec (PLN_OBJECT_GET_CLASS (self), FIELD_PARENT));
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

