/* pln-registrations-page.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pln-page.h"

G_BEGIN_DECLS

#define PLN_TYPE_REGISTRATIONS_PAGE (pln_registrations_page_get_type ())

G_DECLARE_FINAL_TYPE (PlnRegistrationsPage, pln_registrations_page, PLN, REGISTRATIONS_PAGE, PlnPage)

GListModel        *pln_registrations_page_get_shown       (PlnRegistrationsPage *self);
GtkSelectionModel *pln_registrations_page_get_selection   (PlnRegistrationsPage *self);
GtkColumnView     *pln_registrations_page_get_column_view (PlnRegistrationsPage *self);
const char        *pln_registrations_page_get_summary     (PlnRegistrationsPage *self);
gboolean           pln_registrations_page_edit_cell       (PlnRegistrationsPage *self,
                                                           guint                 position,
                                                           const char           *column_id);
gboolean           pln_registrations_page_undo            (PlnRegistrationsPage *self);
gboolean           pln_registrations_page_export_csv_to   (PlnRegistrationsPage  *self,
                                                           GFile                 *file,
                                                           GError               **error);
gboolean           pln_registrations_page_import_file     (PlnRegistrationsPage  *self,
                                                           GFile                 *file,
                                                           GError               **error);

guint              pln_registrations_page_get_n_refreshes (PlnRegistrationsPage *self);

G_END_DECLS
