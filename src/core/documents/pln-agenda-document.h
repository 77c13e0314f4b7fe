/* pln-agenda-document.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-document.h"
#include "pln-types.h"

G_BEGIN_DECLS

PlnDocument *pln_agenda_document_new      (PlnMeeting  *meeting);
void         pln_document_add_agenda_list (PlnDocument *document,
                                           GListModel  *agenda,
                                           guint        indent);
GStrv        pln_text_dup_paragraphs      (const char  *text);
char        *pln_time_format_en           (int          minutes);
char        *pln_time_range_format_en     (int          start,
                                           int          end);

G_END_DECLS
