/* pln-workspace.h
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

#define PLN_TYPE_WORKSPACE (pln_workspace_get_type ())

G_DECLARE_FINAL_TYPE (PlnWorkspace, pln_workspace, PLN, WORKSPACE, PlnObject)

PlnWorkspace *pln_workspace_new                  (void);
const char   *pln_workspace_get_id               (PlnWorkspace *self);
const char   *pln_workspace_get_title            (PlnWorkspace *self);
void          pln_workspace_set_title            (PlnWorkspace *self,
                                                  const char   *title);
const char   *pln_workspace_get_publish_location (PlnWorkspace *self);
void          pln_workspace_set_publish_location (PlnWorkspace *self,
                                                  const char   *location);
const char   *pln_workspace_get_publish_working_group (PlnWorkspace *self);
void          pln_workspace_set_publish_working_group (PlnWorkspace *self,
                                                       const char   *id);
gboolean      pln_workspace_get_publish_enabled  (PlnWorkspace *self);
void          pln_workspace_set_publish_enabled  (PlnWorkspace *self,
                                                  gboolean      enabled);
GListModel   *pln_workspace_get_working_groups   (PlnWorkspace *self);
void          pln_workspace_append_working_group (PlnWorkspace    *self,
                                                  PlnWorkingGroup *working_group);
void          pln_workspace_insert_working_group (PlnWorkspace    *self,
                                                  guint            position,
                                                  PlnWorkingGroup *working_group);
int           pln_workspace_remove_working_group (PlnWorkspace    *self,
                                                  PlnWorkingGroup *working_group);
gboolean      pln_workspace_move_working_group   (PlnWorkspace    *self,
                                                  PlnWorkingGroup *working_group,
                                                  guint            position);
GListModel   *pln_workspace_get_meetings         (PlnWorkspace *self);
void          pln_workspace_append_meeting       (PlnWorkspace *self,
                                                  PlnMeeting   *meeting);
void          pln_workspace_insert_meeting       (PlnWorkspace *self,
                                                  guint         position,
                                                  PlnMeeting   *meeting);
int           pln_workspace_remove_meeting       (PlnWorkspace *self,
                                                  PlnMeeting   *meeting);
gboolean      pln_workspace_move_meeting         (PlnWorkspace *self,
                                                  PlnMeeting   *meeting,
                                                  guint         position);
GListModel      *pln_workspace_get_themes          (PlnWorkspace    *self);
GListModel      *pln_workspace_get_resolutions     (PlnWorkspace    *self);
PlnMeeting      *pln_workspace_find_meeting        (PlnWorkspace    *self,
                                                   const char      *id);
PlnWorkingGroup *pln_workspace_find_working_group  (PlnWorkspace    *self,
                                                   const char      *id);
GListStore      *pln_workspace_dup_meetings_of     (PlnWorkspace    *self,
                                                   PlnWorkingGroup *group);
PlnEdition       pln_workspace_get_edition         (PlnWorkspace    *self);
void             pln_workspace_set_edition         (PlnWorkspace    *self,
                                                   PlnEdition       edition);
gboolean         pln_workspace_is_read_only        (PlnWorkspace    *self);
const char      *pln_workspace_get_publisher       (PlnWorkspace    *self);
void             pln_workspace_set_publisher       (PlnWorkspace    *self,
                                                   const char      *publisher);
GDateTime       *pln_workspace_get_published       (PlnWorkspace    *self);
void             pln_workspace_set_published       (PlnWorkspace    *self,
                                                   GDateTime       *published);
const char      *pln_workspace_get_publish_to      (PlnWorkspace    *self);
void             pln_workspace_set_publish_to      (PlnWorkspace    *self,
                                                   const char      *uri);
GListModel      *pln_workspace_get_documents       (PlnWorkspace    *self);
void             pln_workspace_append_document     (PlnWorkspace         *self,
                                                   PlnPublishedDocument *document);
int              pln_meeting_compare_newest_first  (gconstpointer    a,
                                                   gconstpointer    b,
                                                   gpointer         user_data);

G_END_DECLS
