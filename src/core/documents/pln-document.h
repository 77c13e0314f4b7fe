/* pln-document.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PlnBlockKind:
 * @PLN_BLOCK_TITLE: the document's title, large and centred
 * @PLN_BLOCK_HEADING: a heading, of a level from 1
 * @PLN_BLOCK_PARAGRAPH: a paragraph of text
 * @PLN_BLOCK_ITEM: a numbered or lettered item with its label ("1.", "(a)")
 * @PLN_BLOCK_TABLE: a table with a header row
 * @PLN_BLOCK_PAGE_BREAK: the next block starts a page
 */
typedef enum
{
  PLN_BLOCK_TITLE,
  PLN_BLOCK_HEADING,
  PLN_BLOCK_PARAGRAPH,
  PLN_BLOCK_ITEM,
  PLN_BLOCK_TABLE,
  PLN_BLOCK_PAGE_BREAK,
} PlnBlockKind;

/**
 * PlnTextStyle:
 * @PLN_TEXT_BOLD: bold
 * @PLN_TEXT_ITALIC: italic
 * @PLN_TEXT_SMALL: smaller, as notes and headers are
 * @PLN_TEXT_RIGHT: aligned to the end of the line (symbols and dates of UN documents)
 * @PLN_TEXT_CENTER: centred
 */
typedef enum /*< flags >*/
{
  PLN_TEXT_PLAIN  = 0,
  PLN_TEXT_BOLD   = 1 << 0,
  PLN_TEXT_ITALIC = 1 << 1,
  PLN_TEXT_SMALL  = 1 << 2,
  PLN_TEXT_RIGHT  = 1 << 3,
  PLN_TEXT_CENTER = 1 << 4,
} PlnTextStyle;

/**
 * PlnRowFlags:
 * @PLN_ROW_SPANNING: the row's first cell spans the whole table (the day
 *   rows of an organization of work)
 * @PLN_ROW_KEEP_WITH_NEXT: the row goes on the page of the row after it
 */
typedef enum /*< flags >*/
{
  PLN_ROW_PLAIN          = 0,
  PLN_ROW_SPANNING       = 1 << 0,
  PLN_ROW_KEEP_WITH_NEXT = 1 << 1,
} PlnRowFlags;

/**
 * PlnNote:
 * @offset: where the note's mark goes in the block's text, in bytes
 * @number: the note's number, through the document from 1
 * @text: the note
 *
 * A footnote whose mark is in a block's text.
 */
typedef struct
{
  gsize  offset;
  guint  number;
  char  *text;
} PlnNote;

/**
 * PlnSpan:
 * @row: the row of a table, or 0
 * @column: the column of a table, or 0
 * @start: where the span starts in the text, in bytes
 * @end: where it ends
 * @style: how its text is set, on top of the block's style
 *   (%PLN_TEXT_BOLD, %PLN_TEXT_ITALIC)
 *
 * Part of a block's text, or of a table cell's, set differently: the
 * italic "(continued)" after a title.
 */
typedef struct
{
  guint        row;
  guint        column;
  gsize        start;
  gsize        end;
  PlnTextStyle style;
} PlnSpan;

/**
 * PlnBlock:
 * @kind: what the block is
 * @level: the heading level, or the indentation of an item (0 or 1)
 * @style: how the text is set
 * @label: the label of an item
 * @text: the text (plain, not markup)
 * @n_columns: the columns of a table
 * @widths: the relative widths of the columns
 * @rows: the rows of a table, each a %NULL-terminated array of cells; the first is the header
 * @row_flags: (nullable): a #PlnRowFlags for each row of a table
 * @notes: (nullable): the footnotes whose marks are in @text, of #PlnNote,
 *   by offset
 * @spans: (nullable): parts of the text set differently, of #PlnSpan
 */
typedef struct
{
  PlnBlockKind  kind;
  guint         level;
  PlnTextStyle  style;
  char         *label;
  char         *text;
  guint         n_columns;
  double       *widths;
  GPtrArray    *rows;
  GArray       *row_flags;
  GArray       *notes;
  GArray       *spans;
} PlnBlock;

#define PLN_TYPE_DOCUMENT (pln_document_get_type ())

G_DECLARE_FINAL_TYPE (PlnDocument, pln_document, PLN, DOCUMENT, GObject)

PlnDocument    *pln_document_new            (const char          *title);
const char     *pln_document_get_title      (PlnDocument         *self);
gboolean        pln_document_get_personal_data (PlnDocument      *self);
void            pln_document_set_personal_data (PlnDocument      *self,
                                                gboolean          personal_data);
guint           pln_document_get_n_blocks   (PlnDocument         *self);
const PlnBlock *pln_document_get_block      (PlnDocument         *self,
                                             guint                index);
void            pln_document_add_title      (PlnDocument         *self,
                                             const char          *text);
void            pln_document_add_heading    (PlnDocument         *self,
                                             guint                level,
                                             const char          *text);
void            pln_document_add_paragraph  (PlnDocument         *self,
                                             const char          *text,
                                             PlnTextStyle         style);
void            pln_document_add_item       (PlnDocument         *self,
                                             guint                indent,
                                             const char          *label,
                                             const char          *text);
void            pln_document_begin_table    (PlnDocument         *self,
                                             guint                n_columns,
                                             const char * const  *headers,
                                             const double        *widths);
void            pln_document_add_row        (PlnDocument         *self,
                                             const char * const  *cells);
void            pln_document_add_row_full   (PlnDocument         *self,
                                             const char * const  *cells,
                                             PlnRowFlags          flags);
PlnRowFlags     pln_block_get_row_flags     (const PlnBlock      *block,
                                             guint                row);
void            pln_document_add_page_break (PlnDocument         *self);
guint           pln_document_add_note       (PlnDocument         *self,
                                             gsize                offset,
                                             const char          *text);
guint           pln_document_get_n_notes    (PlnDocument         *self);
void            pln_document_add_span       (PlnDocument         *self,
                                             guint                column,
                                             gsize                start,
                                             gsize                end,
                                             PlnTextStyle         style);
const char     *pln_document_get_running_header (PlnDocument     *self);
void            pln_document_set_running_header (PlnDocument     *self,
                                                 const char      *text);
const char     *pln_document_get_first_footer   (PlnDocument     *self);
void            pln_document_set_first_footer   (PlnDocument     *self,
                                                 const char      *text);

G_END_DECLS
