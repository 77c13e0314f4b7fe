/* pln-agenda-import-dialog.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-core.h"
#include "pln-context.h"
#include "pln-window.h"

G_BEGIN_DECLS

#define PLN_TYPE_AGENDA_IMPORT_DIALOG (pln_agenda_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlnAgendaImportDialog, pln_agenda_import_dialog, PLN, AGENDA_IMPORT_DIALOG, AdwWindow)

PlnAgendaImportDialog *pln_agenda_import_dialog_new_for_context (GtkWindow       *parent,
                                                                 PlnContext      *context,
                                                                 PlnAgendaImport *import,
                                                                 const char      *text,
                                                                 PlnMeeting      *current);
PlnMeeting            *pln_agenda_import_dialog_apply            (PlnAgendaImportDialog *self);
void                   pln_agenda_import_dialog_open             (GtkWindow       *parent,
                                                                 PlnContext      *context,
                                                                 GFile           *file,
                                                                 PlnMeeting      *current);

G_END_DECLS
