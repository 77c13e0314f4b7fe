/* pln-merge-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-merge.h"
#include "pln-object.h"

G_BEGIN_DECLS

/* One change the merge brings into a workspace, on objects by id
 * (pln-merge-apply.c). */
typedef enum
{
  PLN_MERGE_OP_SET,
  PLN_MERGE_OP_REMOVE,
  PLN_MERGE_OP_INSERT,
  PLN_MERGE_OP_MOVE,
  /* Who changed the object and when, if later than the target's. */
  PLN_MERGE_OP_STAMP,
} PlnMergeOpKind;

typedef struct
{
  PlnMergeOpKind  kind;
  guint           index;   /* SET: the field; the others: the list */
  guint           mask;    /* SET of flags: the bits to take */
  char           *owner;   /* the id of the list's owner */
  char           *anchor;  /* INSERT, MOVE: the item it goes after; NULL: first */
  PlnObject      *expect;  /* SET: the field must be as here; REMOVE: the object must equal this */
  PlnObject      *source;  /* SET, STAMP: where the value is; INSERT: what is copied; MOVE: the item */
} PlnMergeOp;

PlnMergeOp *pln_merge_op_new_set    (PlnObject   *expect,
                                     PlnObject   *source,
                                     guint        index,
                                     guint        mask);
PlnMergeOp *pln_merge_op_new_remove (PlnObject   *owner,
                                     guint        index,
                                     PlnObject   *expect);
PlnMergeOp *pln_merge_op_new_insert (PlnObject   *owner,
                                     guint        index,
                                     PlnObject   *source,
                                     const char  *anchor);
PlnMergeOp *pln_merge_op_new_move   (PlnObject   *owner,
                                     guint        index,
                                     PlnObject   *source,
                                     const char  *anchor);
PlnMergeOp *pln_merge_op_new_stamp  (PlnObject   *source);
PlnMergeOp *pln_merge_op_new_undo_remove (const PlnMergeOp *remove);
void        pln_merge_op_free       (PlnMergeOp  *op);
void        pln_merge_ops_apply     (PlnWorkspace *target,
                                     PlnMergeOp  **ops,
                                     guint         n_ops);

/* The comparison of the three versions (pln-merge.c), and what its parts
 * share: the checks of references (pln-merge-refs.c) and the texts of
 * conflicts (pln-merge-text.c). */

struct _PlnMerge
{
  GObject    parent_instance;

  GPtrArray *ops;        /* PlnMergeOp: what theirs changed and mine did not */
  GPtrArray *conflicts;  /* Conflict */
};

typedef struct
{
  PlnMergeConflict  conflict;
  GPtrArray        *to_theirs;  /* PlnMergeOp: what choosing a side applies */
  GPtrArray        *to_mine;
} Conflict;

/* Where an object is, as text only when a conflict needs it. */
typedef struct _Path Path;
struct _Path
{
  const Path *parent;
  const char *member;
  int         index;
};

/* Where an object is in a version: the owner of its list, which list, and
 * its position. */
typedef struct
{
  PlnObject *object;
  PlnObject *owner;
  guint      index;
  guint      position;
} Place;

typedef struct
{
  PlnMerge     *merge;
  PlnWorkspace *base;
  PlnWorkspace *mine;
  PlnWorkspace *theirs;
  GHashTable   *base_ids;       /* made when a reference needs checking */
  GHashTable   *mine_ids;
  GHashTable   *base_places;    /* id → Place, made when a list changed */
  GHashTable   *mine_places;
  GHashTable   *theirs_places;
  GHashTable   *removals;       /* PlnMergeOp of a removal → the path text of what it removes */
} Walk;

Conflict   *_pln_merge_add_conflict         (Walk                 *walk,
                                             PlnMergeConflictKind  kind,
                                             PlnObject            *object,
                                             const Path           *path,
                                             const char           *member,
                                             PlnMergeOp           *to_theirs,
                                             PlnMergeOp           *to_mine);
void        _pln_merge_conflict_set_authors (Conflict             *c,
                                             PlnObject            *mine,
                                             PlnObject            *theirs);
void        _pln_merge_add_op               (Walk                 *walk,
                                             PlnMergeOp           *op);
const Place *_pln_merge_place               (Walk                 *walk,
                                             PlnWorkspace         *version,
                                             const char           *id);
void        _pln_merge_ensure_ids           (Walk                 *walk);
void        _pln_merge_check_references     (Walk                 *walk);

char       *_pln_merge_path_text            (const Path           *path);
char       *_pln_merge_value_text           (PlnObject            *object,
                                             guint                 index);
char       *_pln_merge_object_summary       (PlnObject            *object);

G_END_DECLS
