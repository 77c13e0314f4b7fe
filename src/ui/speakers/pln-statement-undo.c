/* pln-statement-undo.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-statement-undo"

#include "config.h"

#include "pln-statement-undo.h"

/* An edit of a written statement, kept on the context's undo queue: the
 * statement attached to a speaker or added to the meeting (taken off
 * again), removed (put back), or its may-post flag changed (set back).
 * The Speakers page and the Written Statements dialog share it. */

struct _PlnStatementUndo
{
  PlnStatement *statement;
  PlnSpeaker   *speaker;    /* NULL: one of the meeting's general statements */
  PlnMeeting   *meeting;
  gboolean      may_post;   /* the flag when the edit was kept */
  guint         position;   /* where it was taken off */
};

/**
 * pln_statement_undo_new:
 * @speaker: (nullable): the inscription @statement is attached to, or
 *   %NULL for a general statement of @meeting
 * @meeting: (nullable): the meeting, for a general statement
 *
 * Keeps what an edit of @statement needs to be undone; call it before
 * changing the may-post flag.
 *
 * Returns: (transfer full): the edit, for pln_context_add_undo() with one
 *   of the functions below and pln_statement_undo_free()
 */
PlnStatementUndo *
pln_statement_undo_new (PlnStatement *statement,
                        PlnSpeaker   *speaker,
                        PlnMeeting   *meeting)
{
  PlnStatementUndo *undo = g_new0 (PlnStatementUndo, 1);

  g_return_val_if_fail (PLN_IS_STATEMENT (statement), undo);
  g_return_val_if_fail (speaker != NULL || meeting != NULL, undo);

  undo->statement = g_object_ref (statement);
  undo->speaker = speaker ? g_object_ref (speaker) : NULL;
  undo->meeting = meeting ? g_object_ref (meeting) : NULL;
  undo->may_post = pln_statement_get_may_post (statement);
  undo->position = G_MAXUINT;
  return undo;
}

void
pln_statement_undo_free (gpointer data)
{
  PlnStatementUndo *undo = data;

  g_clear_object (&undo->statement);
  g_clear_object (&undo->speaker);
  g_clear_object (&undo->meeting);
  g_free (undo);
}

/**
 * pln_statement_undo_put_back:
 *
 * Undoes a removal (pln_statement_undo_take_off()): the statement goes
 * back to its place in its list.
 */
void
pln_statement_undo_put_back (gpointer data)
{
  PlnStatementUndo *undo = data;

  if (undo->speaker != NULL)
    pln_speaker_insert_statement (undo->speaker, undo->position, undo->statement);
  else
    pln_meeting_insert_statement (undo->meeting, undo->position, undo->statement);
}

/**
 * pln_statement_undo_take_off:
 *
 * Undoes an attachment or an addition, or removes the statement,
 * keeping its place for pln_statement_undo_put_back().
 */
void
pln_statement_undo_take_off (gpointer data)
{
  PlnStatementUndo *undo = data;
  int position;

  if (undo->speaker != NULL)
    position = pln_speaker_remove_statement (undo->speaker, undo->statement);
  else
    position = pln_meeting_remove_statement (undo->meeting, undo->statement);
  undo->position = position >= 0 ? (guint) position : G_MAXUINT;
}

/**
 * pln_statement_undo_may_post:
 *
 * Sets the may-post flag back to what it was when the edit was kept.
 */
void
pln_statement_undo_may_post (gpointer data)
{
  PlnStatementUndo *undo = data;

  pln_statement_set_may_post (undo->statement, undo->may_post);
}
