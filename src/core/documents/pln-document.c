/* pln-document.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-document"

#include "config.h"

#include <string.h>

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
  guint    n_notes;
  char    *running_header;
  char    *first_footer;
};

G_DEFINE_FINAL_TYPE (PlnDocument, pln_document, G_TYPE_OBJECT)

static void
note_clear (gpointer data)
{
  g_free (((PlnNote *) data)->text);
}

static void
block_clear (gpointer data)
{
  PlnBlock *block = data;

  g_clear_pointer (&block->row_flags, g_array_unref);
  g_clear_pointer (&block->notes, g_array_unref);
  g_clear_pointer (&block->spans, g_array_unref);
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
  g_free (self->running_header);
  g_free (self->first_footer);
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
  block->row_flags = g_array_new (FALSE, FALSE, sizeof (PlnRowFlags));
  pln_document_add_row (self, headers);
}

void
pln_document_add_row (PlnDocument        *self,
                      const char * const *cells)
{
  pln_document_add_row_full (self, cells, PLN_ROW_PLAIN);
}

/**
 * pln_document_add_row_full:
 * @cells: the row's cells; with %PLN_ROW_SPANNING only the first is shown,
 *   across the table
 * @flags: how the row is set
 */
void
pln_document_add_row_full (PlnDocument        *self,
                           const char * const *cells,
                           PlnRowFlags         flags)
{
  PlnBlock *block;
  char **row;

  g_return_if_fail (PLN_IS_DOCUMENT (self));
  g_return_if_fail (self->blocks->len > 0);

  block = &g_array_index (self->blocks, PlnBlock, self->blocks->len - 1);
  g_return_if_fail (block->kind == PLN_BLOCK_TABLE);

  row = g_new0 (char *, block->n_columns + 1);
  for (guint i = 0; i < block->n_columns; i++)
    row[i] = g_strdup (cells[i] && !(i > 0 && (flags & PLN_ROW_SPANNING)) ? cells[i] : "");
  g_ptr_array_add (block->rows, row);
  g_array_append_val (block->row_flags, flags);
}

/**
 * pln_block_get_row_flags:
 *
 * Returns: how row @row of the table @block is set
 */
PlnRowFlags
pln_block_get_row_flags (const PlnBlock *block,
                         guint           row)
{
  g_return_val_if_fail (block != NULL, PLN_ROW_PLAIN);

  if (block->row_flags == NULL || row >= block->row_flags->len)
    return PLN_ROW_PLAIN;
  return g_array_index (block->row_flags, PlnRowFlags, row);
}

void
pln_document_add_page_break (PlnDocument *self)
{
  g_return_if_fail (PLN_IS_DOCUMENT (self));

  append (self, PLN_BLOCK_PAGE_BREAK, NULL);
}

static PlnBlock *
last_block (PlnDocument *self)
{
  g_return_val_if_fail (self->blocks->len > 0, NULL);

  return &g_array_index (self->blocks, PlnBlock, self->blocks->len - 1);
}

/**
 * pln_document_add_note:
 * @offset: where the note's mark goes in the text of the last block added,
 *   in bytes: after the word it is of
 * @text: the note
 *
 * Adds a footnote to the last block (a title, heading, paragraph or
 * item); notes are numbered through the document in the order they are
 * added, so they are added in the order of their marks.
 *
 * Returns: the note's number
 */
guint
pln_document_add_note (PlnDocument *self,
                       gsize        offset,
                       const char  *text)
{
  PlnBlock *block;
  PlnNote note = { 0 };
  guint i;

  g_return_val_if_fail (PLN_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (self->blocks->len > 0, 0);

  block = last_block (self);
  g_return_val_if_fail (block->kind != PLN_BLOCK_TABLE && block->kind != PLN_BLOCK_PAGE_BREAK, 0);

  note.offset = MIN (offset, strlen (block->text));
  note.number = ++self->n_notes;
  note.text = g_strdup (text ? text : "");
  if (block->notes == NULL)
    {
      block->notes = g_array_new (FALSE, FALSE, sizeof (PlnNote));
      g_array_set_clear_func (block->notes, note_clear);
    }

  /* Kept by offset: a writer goes through the text once. */
  for (i = block->notes->len; i > 0 && g_array_index (block->notes, PlnNote, i - 1).offset > note.offset; i--)
    ;
  g_array_insert_val (block->notes, i, note);
  return note.number;
}

guint
pln_document_get_n_notes (PlnDocument *self)
{
  g_return_val_if_fail (PLN_IS_DOCUMENT (self), 0);

  return self->n_notes;
}

/**
 * pln_document_add_span:
 * @column: the column, in a table's last row; 0 for other blocks
 * @start: where the span starts in the text, in bytes
 * @end: where it ends
 * @style: %PLN_TEXT_BOLD or %PLN_TEXT_ITALIC
 *
 * Sets part of the last block's text (of a table, of its last row's
 * cell) in @style.
 */
void
pln_document_add_span (PlnDocument  *self,
                       guint         column,
                       gsize         start,
                       gsize         end,
                       PlnTextStyle  style)
{
  PlnBlock *block;
  PlnSpan span = { 0, column, start, end, style };
  const char *text;

  g_return_if_fail (PLN_IS_DOCUMENT (self));
  g_return_if_fail (self->blocks->len > 0);
  g_return_if_fail (start <= end);

  block = last_block (self);
  if (block->kind == PLN_BLOCK_TABLE)
    {
      g_return_if_fail (column < block->n_columns);
      span.row = block->rows->len - 1;
      text = ((char **) g_ptr_array_index (block->rows, span.row))[column];
    }
  else
    {
      g_return_if_fail (column == 0);
      text = block->text;
    }
  span.end = MIN (end, strlen (text));
  span.start = MIN (start, span.end);

  if (block->spans == NULL)
    block->spans = g_array_new (FALSE, FALSE, sizeof (PlnSpan));
  g_array_append_val (block->spans, span);
}

/**
 * pln_document_get_running_header:
 *
 * Returns: (nullable): the text at the head of the pages after the
 *   first (the document's symbol)
 */
const char *
pln_document_get_running_header (PlnDocument *self)
{
  g_return_val_if_fail (PLN_IS_DOCUMENT (self), NULL);

  return self->running_header;
}

void
pln_document_set_running_header (PlnDocument *self,
                                 const char  *text)
{
  g_return_if_fail (PLN_IS_DOCUMENT (self));

  g_free (self->running_header);
  self->running_header = g_strdup (text);
}

/**
 * pln_document_get_first_footer:
 *
 * Returns: (nullable): the text at the foot of the first page (the job
 *   number); the other pages have their numbers there
 */
const char *
pln_document_get_first_footer (PlnDocument *self)
{
  g_return_val_if_fail (PLN_IS_DOCUMENT (self), NULL);

  return self->first_footer;
}

void
pln_document_set_first_footer (PlnDocument *self,
                               const char  *text)
{
  g_return_if_fail (PLN_IS_DOCUMENT (self));

  g_free (self->first_footer);
  self->first_footer = g_strdup (text);
}
