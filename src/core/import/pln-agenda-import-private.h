/* pln-agenda-import-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-core.h"
#include "pln-agenda-import.h"

/* What the stages of the import share: the lines, the import being
 * built, and the readers of the text and of each section. */

G_BEGIN_DECLS

typedef struct
{
  char  *text;     /* cleaned, as prose: one space between words */
  char  *cells;    /* cleaned, with the cells of a table kept apart by tabs */
  guint  number;   /* in the file, from 1 */
} Line;

struct _PlnAgendaImport
{
  PlnMeeting    *meeting;
  char          *parent_body;
  char          *group_name;
  char          *series;      /* of the documentation's symbols */
  GDate          distributed;
  gboolean       parent_body_open;  /* the next header line may go on with it */
  GArray        *problems;    /* PlnImportProblem */
  GPtrArray     *lines;       /* Line */
  GHashTable    *items;       /* "1", "1 (a)" → PlnAgendaItem, borrowed */
  int            year;
};

/* pln-agenda-import.c */
void           _pln_agenda_import_problem              (PlnAgendaImport     *self,
                                                        guint                line,
                                                        char                *message);

/* pln-agenda-import-text.c */
GRegex        *_pln_agenda_import_regex                (const char          *pattern);
GRegex        *_pln_agenda_import_regex_cased          (const char          *pattern);
int            _pln_agenda_import_month_from_name      (const char          *name);
int            _pln_agenda_import_match_number         (GMatchInfo          *match,
                                                        int                  group);
int            _pln_agenda_import_match_month          (GMatchInfo          *match,
                                                        int                  group);
gboolean       _pln_agenda_import_is_superscript_digit (gunichar             c);
char          *_pln_agenda_import_fold_title           (const char          *text);
gboolean       _pln_agenda_import_heading_is           (const char          *text,
                                                        const char          *heading);
gboolean       _pln_agenda_import_is_debris            (const char          *text);
gboolean       _pln_agenda_import_read_lines           (PlnAgendaImport     *self,
                                                        const char          *text,
                                                        gsize                length,
                                                        GError             **error);

/* pln-agenda-import-structure.c */
gboolean       _pln_agenda_import_is_section_heading   (const char          *text);
gboolean       _pln_agenda_import_is_annotations_heading (const char        *text);
gboolean       _pln_agenda_import_is_annex_start       (Line                *line);
guint          _pln_agenda_import_find_agenda          (PlnAgendaImport     *self);
void           _pln_agenda_import_find_job_number      (PlnAgendaImport     *self);

/* pln-agenda-import-notes.c */
gboolean       _pln_agenda_import_is_note_start        (const char          *text);
void           _pln_agenda_import_read_plain_marks     (PlnAgendaImport     *self);
void           _pln_agenda_import_attach_notes         (PlnAgendaItem       *item,
                                                        GString             *annotation,
                                                        const char          *notes);

/* pln-agenda-import-header.c */
void           _pln_agenda_import_read_header_line     (PlnAgendaImport     *self,
                                                        Line                *line,
                                                        gboolean            *expect_date);

/* pln-agenda-import-items.c */
PlnAgendaItem *_pln_agenda_import_find_item            (PlnAgendaImport     *self,
                                                        const char          *number,
                                                        const char          *letter);
gboolean       _pln_agenda_import_repeats_title        (PlnAgendaItem       *item,
                                                        const char          *text);
void           _pln_agenda_import_read_agenda          (PlnAgendaImport     *self,
                                                        guint               *index);

/* pln-agenda-import-annotations.c */
void           _pln_agenda_import_read_annotations     (PlnAgendaImport     *self,
                                                        guint               *index);

/* pln-agenda-import-annex.c */
void           _pln_agenda_import_read_annex           (PlnAgendaImport     *self,
                                                        guint               *index);

G_END_DECLS
