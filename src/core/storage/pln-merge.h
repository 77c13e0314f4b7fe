/* pln-merge.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-types.h"

G_BEGIN_DECLS

/**
 * PlnMergeConflictKind:
 * @PLN_MERGE_CONFLICT_FIELD: both sides changed the field, to different values
 * @PLN_MERGE_CONFLICT_DELETED_BY_MINE: mine deleted an object theirs changed
 * @PLN_MERGE_CONFLICT_DELETED_BY_THEIRS: theirs deleted an object mine changed,
 *   or one mine refers to
 * @PLN_MERGE_CONFLICT_MOVED: both moved the object to different lists; @mine
 *   and @theirs say what each put it under
 *
 * A deletion by mine of an object theirs changed, moved or refers to is
 * %PLN_MERGE_CONFLICT_DELETED_BY_MINE.
 */
typedef enum
{
  PLN_MERGE_CONFLICT_FIELD,
  PLN_MERGE_CONFLICT_DELETED_BY_MINE,
  PLN_MERGE_CONFLICT_DELETED_BY_THEIRS,
  PLN_MERGE_CONFLICT_MOVED,
} PlnMergeConflictKind;

typedef enum
{
  PLN_MERGE_CHOICE_MINE,
  PLN_MERGE_CHOICE_THEIRS,
} PlnMergeChoice;

/**
 * PlnMergeConflict:
 * @kind: what both sides did
 * @id: the object's id
 * @type: the object's class
 * @path: where the object is in the file, "meetings[3].recommendations[2]"
 *   (in mine, or in theirs for an object mine deleted)
 * @member: the field's member in the file, "text"; %NULL for a deletion
 * @mine: the value in mine, as text ("" when unset); %NULL if deleted
 * @theirs: the value in theirs, as text; %NULL if deleted
 * @choice: which side the merged workspace has; mine until resolved
 * @mine_by: who saved mine's change, when known (for a deletion: the
 *   change of the list it was deleted from)
 * @mine_at: when, or %NULL
 * @theirs_by: who saved theirs' change, when known
 * @theirs_at: when, or %NULL
 *
 * One place where both sides changed the same thing. Read-only.
 */
typedef struct
{
  PlnMergeConflictKind  kind;
  char                 *id;
  GType                 type;
  char                 *path;
  const char           *member;
  char                 *mine;
  char                 *theirs;
  PlnMergeChoice        choice;
  char                 *mine_by;
  GDateTime            *mine_at;
  char                 *theirs_by;
  GDateTime            *theirs_at;
} PlnMergeConflict;

#define PLN_TYPE_MERGE (pln_merge_get_type ())

G_DECLARE_FINAL_TYPE (PlnMerge, pln_merge, PLN, MERGE, GObject)

PlnMerge               *pln_merge_new             (PlnWorkspace  *base,
                                                   PlnWorkspace  *mine,
                                                   PlnWorkspace  *theirs);
guint                   pln_merge_get_n_changes   (PlnMerge      *self);
guint                   pln_merge_get_n_conflicts (PlnMerge      *self);
const PlnMergeConflict *pln_merge_get_conflict    (PlnMerge      *self,
                                                   guint          index);
void                    pln_merge_apply           (PlnMerge      *self,
                                                   PlnWorkspace  *target);
void                    pln_merge_resolve         (PlnMerge      *self,
                                                   PlnWorkspace  *target,
                                                   guint          index,
                                                   PlnMergeChoice choice);

PlnWorkspace           *pln_merge_workspaces      (PlnWorkspace  *base,
                                                   PlnWorkspace  *mine,
                                                   PlnWorkspace  *theirs,
                                                   PlnMerge     **merge);
PlnWorkspace           *pln_workspace_copy        (PlnWorkspace  *workspace);

G_END_DECLS
