/* pln-agenda-page.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pln-page.h"

G_BEGIN_DECLS

#define PLN_TYPE_AGENDA_PAGE (pln_agenda_page_get_type ())

G_DECLARE_FINAL_TYPE (PlnAgendaPage, pln_agenda_page, PLN, AGENDA_PAGE, PlnPage)

PlnAgendaItem *pln_agenda_page_get_selected_item     (PlnAgendaPage     *self);
void           pln_agenda_page_select_item           (PlnAgendaPage     *self,
                                                      PlnAgendaItem     *item);
GtkWidget     *pln_agenda_page_get_organization_list (PlnAgendaPage     *self);
const char    *pln_agenda_page_get_warning           (PlnAgendaPage     *self);
guint          pln_agenda_page_get_n_rebuilds        (PlnAgendaPage     *self);

gboolean       pln_agenda_page_export                (PlnAgendaPage     *self,
                                                      PlnDocumentFormat  format,
                                                      GFile             *file);
gboolean       pln_agenda_page_print                 (PlnAgendaPage     *self,
                                                      const char        *export_filename,
                                                      GError           **error);

G_END_DECLS
