/* pln-store-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-file-io.h"
#include "pln-merge.h"
#include "pln-store.h"
#include "pln-workspace.h"

/* What pln-store.c, pln-store-load.c and pln-store-save.c share. */

G_BEGIN_DECLS

struct _PlnStore
{
  GObject       parent_instance;

  GFile        *file;
  PlnWorkspace *workspace;
  char         *etag;
  GBytes       *base;              /* the bytes that etag is of: what a merge starts from */
  PlnMerge     *merge;             /* conflicts waiting for a choice */
  GError       *error;
  PlnWorkspace *recovery;          /* the backup's workspace, when the file is damaged */
  GDateTime    *recovery_time;     /* when that backup was saved */

  guint         autosave_delay;
  guint         autosave_source;
  guint         prepare_source;    /* writes the meetings' text ahead */
  guint         prepare_position;
  guint64       generation;        /* counts edits */
  guint64       saved_generation;  /* the edit count of what is on disk */
  GHashTable   *edited;            /* objects edited since the last save (pln-store-authors.c) */
  char         *author;            /* NULL: pln_author_get_default() */
  guint         saving : 1;
  guint         busy : 1;
  guint         dirty : 1;         /* as last notified */
  guint         merging : 1;       /* theirs' changes coming in: not edits of ours */
};

enum {
  PROP_0,
  PROP_FILE,
  PROP_WORKSPACE,
  PROP_BUSY,
  PROP_DIRTY,
  PROP_ERROR,
  PROP_RECOVERABLE,
  PROP_MERGE,
  PROP_AUTHOR,
  N_PROPS
};

/* What a save wrote, or the merge it met (pln-store-merge.c). */
typedef struct
{
  GBytes   *written;
  GBytes   *theirs;
  char     *etag;
  PlnMerge *merge;
} PlnStoreWrite;

gboolean _pln_store_write_merging (GFile          *file,
                                   GBytes         *base,
                                   GBytes         *bytes,
                                   const char     *etag,
                                   PlnWriteFlags   flags,
                                   PlnStoreWrite  *write,
                                   GCancellable   *cancellable,
                                   GError        **error);
void     _pln_store_write_clear   (PlnStoreWrite  *write);
void     _pln_store_take_merge    (PlnStore       *self,
                                   PlnStoreWrite  *write,
                                   guint64         generation);

void  _pln_store_notify               (PlnStore     *self,
                                       guint         prop_id);
void  _pln_store_set_busy             (PlnStore     *self,
                                       gboolean      busy);
void  _pln_store_update_dirty         (PlnStore     *self);
void  _pln_store_set_error            (PlnStore     *self,
                                       const GError *error);
void  _pln_store_schedule_autosave    (PlnStore     *self);
void  _pln_store_workspace_changed_cb (PlnStore     *self);
char *_pln_store_display_name         (GFile        *file);
void  _pln_store_track_edits          (PlnStore     *self,
                                       PlnWorkspace *old_workspace);
void  _pln_store_stamp_edits          (PlnStore     *self);

G_END_DECLS
