/* pln-statement.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-object.h"
#include "pln-types.h"

G_BEGIN_DECLS

#define PLN_TYPE_STATEMENT (pln_statement_get_type ())

G_DECLARE_FINAL_TYPE (PlnStatement, pln_statement, PLN, STATEMENT, PlnObject)

PlnStatement *pln_statement_new            (const char   *file);
const char   *pln_statement_get_file       (PlnStatement *self);
void          pln_statement_set_file       (PlnStatement *self,
                                            const char   *file);
const char   *pln_statement_get_delegation (PlnStatement *self);
void          pln_statement_set_delegation (PlnStatement *self,
                                            const char   *delegation);
gboolean      pln_statement_get_may_post   (PlnStatement *self);
void          pln_statement_set_may_post   (PlnStatement *self,
                                            gboolean      may_post);
const char   *pln_statement_get_basename   (PlnStatement *self);

/**
 * PlnStatementEntry:
 * @statement: the written statement
 * @speaker: (nullable): the inscription it is attached to, or %NULL for a
 *   general statement
 * @sitting: (nullable): the plenary meeting of @speaker
 *
 * A written statement and where it stands in the meeting.
 */
typedef struct
{
  PlnStatement *statement;
  PlnSpeaker   *speaker;
  PlnSitting   *sitting;
} PlnStatementEntry;

GListModel   *pln_meeting_get_statements         (PlnMeeting              *self);
void          pln_meeting_add_statement          (PlnMeeting              *self,
                                                  PlnStatement            *statement);
void          pln_meeting_insert_statement       (PlnMeeting              *self,
                                                  guint                    position,
                                                  PlnStatement            *statement);
int           pln_meeting_remove_statement       (PlnMeeting              *self,
                                                  PlnStatement            *statement);
GArray       *pln_meeting_dup_written_statements (PlnMeeting              *self);
const char   *pln_statement_entry_get_delegation (const PlnStatementEntry *entry);

G_END_DECLS
