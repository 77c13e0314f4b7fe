/* pln-layout-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "pln-export-private.h"

G_BEGIN_DECLS

/* The page layout's parts (pln-layout-units.c sets the blocks as units,
 * pln-export-pdf.c cuts them into pages and draws them). A4, margins of
 * 2.5 cm, serif type as in United Nations documents. */

#define MARGIN 70.9
#define LABEL_WIDTH 34.0
#define INDENT 34.0
#define BODY_FONT "Liberation Serif, Times New Roman, Noto Serif, DejaVu Serif, serif"
#define NOTE_SIZE 9.0     /* points: footnotes */
#define NOTE_HANG 14.0    /* points: a footnote's text from its mark */

/* A footnote's mark in a piece: on which line. */
typedef struct
{
  guint          line;
  const PlnNote *note;
} PieceMark;

typedef struct
{
  PangoLayout *layout;
  double       x;
  double       y;         /* of the layout's top, from the top of the unit */
  guint        n_lines;
  double      *tops;      /* of each line from the layout's top, then the last one's bottom */
  guint        next;      /* while cutting pages: the first line not yet on one */
  GArray      *marks;     /* (nullable): of PieceMark, by line */
} Piece;

typedef struct _Unit Unit;

struct _Unit
{
  GPtrArray *pieces;
  double     height;
  double     space_after;
  gboolean   keep_with_next;
  gboolean   page_break;
  double     rule_at;     /* a rule under a table's header row, or -1 */
  double     rule_width;
  Unit      *header;      /* a table row's header row */
  double     origin;      /* while cutting pages: where the rest of the unit begins */
};

/* Where line @line of @piece begins and ends, from the top of the unit. */
static inline double
piece_top (const Piece *piece,
           guint        line)
{
  return piece->y + piece->tops[line];
}

static inline double
piece_bottom (const Piece *piece,
              guint        line)
{
  return piece->y + piece->tops[line + 1];
}

PangoLayout *_pln_layout_make        (PangoContext   *context,
                                      const char     *text,
                                      double          width,
                                      double          size,
                                      PlnTextStyle    style);
Piece       *_pln_layout_piece_new   (PangoLayout    *layout,
                                      double          x,
                                      double          y);
void         _pln_layout_piece_free  (gpointer        piece);
Piece       *_pln_layout_note_piece  (PangoContext   *context,
                                      const PlnNote  *note,
                                      double          width);
GPtrArray   *_pln_layout_make_units  (PlnDocument    *document,
                                      PangoContext   *context,
                                      double          width);

G_END_DECLS
