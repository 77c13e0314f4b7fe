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
 * PlnBlock:
 * @kind: what the block is
 * @level: the heading level, or the indentation of an item (0 or 1)
 * @style: how the text is set
 * @label: the label of an item
 * @text: the text (plain, not markup)
 * @n_columns: the columns of a table
 * @widths: the relative widths of the columns
 * @rows: the rows of a table, each a %NULL-terminated array of cells; the first is the header
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
void            pln_document_add_page_break (PlnDocument         *self);

G_END_DECLS
