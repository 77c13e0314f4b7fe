/* pln-document.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-document"

#include "config.h"

#include "pln-document.h"

/* One document model for every writer: the non-paper, the annotated
 * provisional agenda and the list of participants are built once as a
 * list of blocks, and the PDF, DOCX, ODT and text writers set those
 * blocks, so the formats say the same thing. A writer knows formats, not
 * meetings. */

struct _PlnDocument
{
  GObject  parent_instance;

  char    *title;
  GArray  *blocks;
  gboolean personal_data;
};

G_DEFINE_FINAL_TYPE (PlnDocument, pln_document, G_TYPE_OBJECT)

static void
block_clear (gpointer data)
{
  PlnBlock *block = data;

  g_free (block->label);
  g_free (block->text);
  g_free (block->widths);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
}

static void
pln_document_finalize (GObject *object)
{
  PlnDocument *self = PLN_DOCUMENT (object);

  g_free (self->title);
  g_array_unref (self->blocks);

  G_OBJECT_CLASS (pln_document_parent_class)->finalize (object);
}

static void
pln_document_class_init (PlnDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pln_document_finalize;
}

static void
pln_document_init (PlnDocument *self)
{
  self->blocks = g_array_new (FALSE, TRUE, sizeof (PlnBlock));
  g_array_set_clear_func (self->blocks, block_clear);
}

/**
 * pln_document_new:
 * @title: the title in the file's metadata
 */
PlnDocument *
pln_document_new (const char *title)
{
  PlnDocument *self = g_object_new (PLN_TYPE_DOCUMENT, NULL);

  self->title = g_strdup (title);
  return self;
}

const char *
pln_document_get_title (PlnDocument *self)
{
  g_return_val_if_fail (PLN_IS_DOCUMENT (self), NULL);

  return self->title;
}

/**
 * pln_document_get_personal_data:
 *
 * Returns: whether the document holds personal data (a list of
 *   participants), so that its files are readable by their owner only
 */
gboolean
pln_document_get_personal_data (PlnDocument *self)
{
  g_return_val_if_fail (PLN_IS_DOCUMENT (self), FALSE);

  return self->personal_data;
}

void
pln_document_set_personal_data (PlnDocument *self,
                                gboolean     personal_data)
{
  g_return_if_fail (PLN_IS_DOCUMENT (self));

  self->personal_data = !!personal_data;
}

guint
pln_document_get_n_blocks (PlnDocument *self)
{
  g_return_val_if_fail (PLN_IS_DOCUMENT (self), 0);

  return self->blocks->len;
}

const PlnBlock *
pln_document_get_block (PlnDocument *self,
                        guint        index)
{
  g_return_val_if_fail (PLN_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);

  return &g_array_index (self->blocks, PlnBlock, index);
}

static PlnBlock *
append (PlnDocument  *self,
        PlnBlockKind  kind,
        const char   *text)
{
  PlnBlock block = { 0 };

  block.kind = kind;
  block.text = g_strdup (text ? text : "");
  g_array_append_val (self->blocks, block);
  return &g_array_index (self->blocks, PlnBlock, self->blocks->len - 1);
}

void
pln_document_add_title (PlnDocument *self,
                        const char  *text)
{
  g_return_if_fail (PLN_IS_DOCUMENT (self));

  append (self, PLN_BLOCK_TITLE, text)->style = PLN_TEXT_BOLD | PLN_TEXT_CENTER;
}

void
pln_document_add_heading (PlnDocument *self,
                          guint        level,
                          const char  *text)
{
  g_return_if_fail (PLN_IS_DOCUMENT (self));

  append (self, PLN_BLOCK_HEADING, text)->level = MAX (level, 1);
}

void
pln_document_add_paragraph (PlnDocument  *self,
                            const char   *text,
                            PlnTextStyle  style)
{
  g_return_if_fail (PLN_IS_DOCUMENT (self));

  append (self, PLN_BLOCK_PARAGRAPH, text)->style = style;
}

/**
 * pln_document_add_item:
 * @indent: 0 for an item, 1 for a sub-item
 * @label: "1.", "(a)" …: numbering is the caller's, so it runs as the
 *   document needs (through the document, or per section)
 */
void
pln_document_add_item (PlnDocument *self,
                       guint        indent,
                       const char  *label,
                       const char  *text)
{
  PlnBlock *block;

  g_return_if_fail (PLN_IS_DOCUMENT (self));

  block = append (self, PLN_BLOCK_ITEM, text);
  block->level = MIN (indent, 3);
  block->label = g_strdup (label ? label : "");
}

/**
 * pln_document_begin_table:
 * @headers: the header row, @n_columns cells
 * @widths: (nullable): relative widths of the columns
 *
 * Starts a table; pln_document_add_row() adds its rows.
 */
void
pln_document_begin_table (PlnDocument        *self,
                          guint               n_columns,
                          const char * const *headers,
                          const double       *widths)
{
  PlnBlock *block;

  g_return_if_fail (PLN_IS_DOCUMENT (self));
  g_return_if_fail (n_columns > 0 && headers != NULL);

  block = append (self, PLN_BLOCK_TABLE, NULL);
  block->n_columns = n_columns;
  block->widths = g_new (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    block->widths[i] = widths ? widths[i] : 1.0;
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  pln_document_add_row (self, headers);
}

void
pln_document_add_row (PlnDocument        *self,
                      const char * const *cells)
{
  PlnBlock *block;
  char **row;

  g_return_if_fail (PLN_IS_DOCUMENT (self));
  g_return_if_fail (self->blocks->len > 0);

  block = &g_array_index (self->blocks, PlnBlock, self->blocks->len - 1);
  g_return_if_fail (block->kind == PLN_BLOCK_TABLE);

  row = g_new0 (char *, block->n_columns + 1);
  for (guint i = 0; i < block->n_columns; i++)
    row[i] = g_strdup (cells[i] ? cells[i] : "");
  g_ptr_array_add (block->rows, row);
}

void
pln_document_add_page_break (PlnDocument *self)
{
  g_return_if_fail (PLN_IS_DOCUMENT (self));

  append (self, PLN_BLOCK_PAGE_BREAK, NULL);
}
