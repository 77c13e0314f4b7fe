/* pln-json.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "pln-types.h"

G_BEGIN_DECLS

/* The version of the workspace format this code writes and reads. */
#define PLN_JSON_FORMAT 1

PlnWorkspace *pln_json_parse_workspace     (const char    *data,
                                            gsize          length,
                                            GError       **error);
PlnWorkspace *pln_json_parse_workspace_bytes (GBytes      *bytes,
                                            int           *progress,
                                            GError       **error);
PlnWorkspace *pln_json_read_workspace      (JsonNode      *root,
                                            GError       **error);
JsonNode     *pln_json_build_workspace     (PlnWorkspace  *workspace);
GBytes       *pln_json_serialize_workspace (PlnWorkspace  *workspace);

/* The text of a workspace taken on the main thread and written out in a
 * worker (pln-json-snapshot.c). */
typedef struct _PlnJsonSnapshot PlnJsonSnapshot;

PlnJsonSnapshot *pln_json_snapshot_new     (PlnWorkspace    *workspace);
PlnJsonSnapshot *pln_json_snapshot_new_for_bytes (GBytes    *bytes);
PlnJsonSnapshot *pln_json_snapshot_ref     (PlnJsonSnapshot *snapshot);
void          pln_json_snapshot_unref      (PlnJsonSnapshot *snapshot);
GBytes       *pln_json_snapshot_write      (PlnJsonSnapshot *snapshot);
GBytes * const *pln_json_snapshot_get_pieces (PlnJsonSnapshot *snapshot,
                                            guint           *n_pieces);
guint         pln_json_snapshot_get_n_written (PlnJsonSnapshot *snapshot);
gboolean      pln_json_prepare_meeting     (PlnMeeting      *meeting);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlnJsonSnapshot, pln_json_snapshot_unref)

JsonNode     *pln_json_build_meeting       (PlnMeeting    *meeting);
PlnMeeting   *pln_json_read_meeting        (JsonNode      *node,
                                            PlnWorkspace  *workspace,
                                            GError       **error);

G_END_DECLS
