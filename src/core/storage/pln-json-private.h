/* pln-json-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pln-workspace.h"

G_BEGIN_DECLS

/* A part of a file's bytes: [start, end). */
typedef struct
{
  gsize start;
  gsize end;
} PlnJsonSlice;

gboolean _pln_json_find_meetings (const char   *data,
                                  gsize         length,
                                  PlnJsonSlice *list,
                                  GArray       *slices);

void     _pln_json_set_two_readers_alternate (gboolean alternating);
guint    _pln_json_get_n_read_in_two         (void);

void     _pln_json_snapshot_keep_file (PlnWorkspace *workspace,
                                       GBytes       *file,
                                       GArray       *slices);

G_END_DECLS
