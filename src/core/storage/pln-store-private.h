/* pln-store-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-file-io.h"
#include "pln-json.h"
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
  PlnJsonSnapshot *base;           /* the text that etag is of, in pieces: what a merge starts from */
  PlnMerge     *merge;             /* conflicts waiting for a choice */
  GError       *error;
  PlnWorkspace *recovery;          /* the backup's workspace, when the file is damaged */
  GDateTime    *recovery_time;     /* when that backup was saved */

  guint         autosave_delay;
  guint         autosave_source;
  guint         prepare_source;    /* writes the meetings' text ahead */
  guint         prepare_position;
  int           load_progress;     /* (atomic): thousandths of the file's meetings read by a load */
  guint64       generation;        /* counts edits */
  guint64       saved_generation;  /* the edit count of what is on disk */
  GHashTable   *edited;            /* objects edited since the last save (pln-store-authors.c) */
  char         *author;            /* NULL: pln_author_get_default() */

  PlnStoreState state;
  GDateTime    *offline_since;
  guint64       kept_generation;   /* the edit count of the local copy, offline */
  guint         retry_source;      /* tries the server again, offline */
  guint         retry_delay;       /* the first wait before trying again */
  guint         retry_next;        /* the next wait: it grows */
  guint         publishing : 1;    /* the calendar is being uploaded */
  guint         publish_again : 1; /* saved again meanwhile */
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
  PROP_STATE,
  PROP_OFFLINE_SINCE,
  N_PROPS
};

/* What a save wrote, or the merge it met (pln-store-merge.c). */
typedef struct
{
  PlnJsonSnapshot *written;
  GBytes   *theirs;
  char     *etag;
  PlnMerge *merge;
} PlnStoreWrite;

gboolean _pln_store_write_merging (GFile          *file,
                                   PlnJsonSnapshot *base,
                                   PlnJsonSnapshot *mine,
                                   const char     *etag,
                                   PlnWriteFlags   flags,
                                   PlnStoreWrite  *write,
                                   GCancellable   *cancellable,
                                   GError        **error);
void     _pln_store_write_clear   (PlnStoreWrite  *write);
void     _pln_store_take_merge    (PlnStore       *self,
                                   PlnStoreWrite  *write,
                                   guint64         generation);

/* Offline (pln-store-offline.c): the local copy that keeps the edits of a
 * workspace whose server cannot be reached. */
typedef struct
{
  GBytes    *workspace;  /* mine */
  GBytes    *base;       /* what etag is of */
  char      *etag;
  GDateTime *since;
} PlnOfflineCopy;

void      _pln_offline_copy_clear        (PlnOfflineCopy *copy);
GFile    *_pln_store_offline_file        (GFile          *file,
                                          const char     *suffix);
gboolean  _pln_store_is_unreachable      (GFile          *file,
                                          const GError   *error,
                                          GCancellable   *cancellable);
gboolean  _pln_store_keep_offline        (GFile          *file,
                                          PlnJsonSnapshot *mine,
                                          gboolean        first,
                                          PlnJsonSnapshot *base,
                                          const char     *etag,
                                          GDateTime      *since,
                                          GError        **error);
gboolean  _pln_store_read_offline        (GFile          *file,
                                          PlnOfflineCopy *copy,
                                          GCancellable   *cancellable);
void      _pln_store_remove_offline      (GFile          *file);
void      _pln_store_went_offline        (PlnStore       *self,
                                          guint64         kept_generation);
void      _pln_store_back_online         (PlnStore       *self,
                                          gboolean        saved);
void      _pln_store_init_offline        (PlnStore       *self);

void  _pln_store_publish              (PlnStore     *self);
void  _pln_store_notify               (PlnStore     *self,
                                       guint         prop_id);
void  _pln_store_set_busy             (PlnStore     *self,
                                       gboolean      busy);
void  _pln_store_update_dirty         (PlnStore     *self);
void  _pln_store_set_error            (PlnStore     *self,
                                       const GError *error);
void  _pln_store_schedule_autosave    (PlnStore     *self);
void  _pln_store_autosave_async       (PlnStore     *self,
                                       GAsyncReadyCallback callback);
void  _pln_store_workspace_changed_cb (PlnStore     *self);
char *_pln_store_display_name         (GFile        *file);
void  _pln_store_track_edits          (PlnStore     *self,
                                       PlnWorkspace *old_workspace);
void  _pln_store_stamp_edits          (PlnStore     *self);

G_END_DECLS
