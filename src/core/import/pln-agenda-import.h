/* pln-agenda-import.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-registration-import.h"
#include "pln-types.h"

G_BEGIN_DECLS

typedef struct _PlnAgendaImport PlnAgendaImport;

PlnAgendaImport *pln_agenda_import_new                (const char       *text,
                                                       gsize             length,
                                                       GError          **error);
PlnAgendaImport *pln_agenda_import_read_file          (GFile            *file,
                                                       char            **text,
                                                       GError          **error);
const char      *pln_agenda_import_get_series         (PlnAgendaImport  *self);
void             pln_agenda_import_free               (PlnAgendaImport  *self);
PlnMeeting      *pln_agenda_import_get_meeting        (PlnAgendaImport  *self);
const char      *pln_agenda_import_get_parent_body    (PlnAgendaImport  *self);
const char      *pln_agenda_import_get_group_name     (PlnAgendaImport  *self);
const GDate     *pln_agenda_import_get_distributed    (PlnAgendaImport  *self);
GArray          *pln_agenda_import_get_problems       (PlnAgendaImport  *self);
PlnWorkingGroup *pln_agenda_import_find_group         (PlnAgendaImport  *self,
                                                       PlnWorkspace     *workspace);
PlnMeeting      *pln_agenda_import_find_meeting       (PlnAgendaImport  *self,
                                                       PlnWorkspace     *workspace);
GPtrArray       *pln_agenda_import_describe_changes   (PlnAgendaImport  *self,
                                                       PlnMeeting       *meeting);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlnAgendaImport, pln_agenda_import_free)

G_END_DECLS
