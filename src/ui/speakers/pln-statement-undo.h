/* pln-statement-undo.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-core.h"

G_BEGIN_DECLS

typedef struct _PlnStatementUndo PlnStatementUndo;

PlnStatementUndo *pln_statement_undo_new      (PlnStatement *statement,
                                               PlnSpeaker   *speaker,
                                               PlnMeeting   *meeting);
void              pln_statement_undo_free     (gpointer      data);
void              pln_statement_undo_put_back (gpointer      data);
void              pln_statement_undo_take_off (gpointer      data);
void              pln_statement_undo_may_post (gpointer      data);

G_END_DECLS
