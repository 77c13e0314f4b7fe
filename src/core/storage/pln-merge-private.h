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
void        pln_merge_op_free       (PlnMergeOp  *op);
void        pln_merge_ops_apply     (PlnWorkspace *target,
                                     PlnMergeOp  **ops,
                                     guint         n_ops);

G_END_DECLS
