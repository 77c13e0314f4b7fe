/* pln-recommendations-page.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pln-page.h"

G_BEGIN_DECLS

#define PLN_TYPE_RECOMMENDATIONS_PAGE (pln_recommendations_page_get_type ())

G_DECLARE_FINAL_TYPE (PlnRecommendationsPage, pln_recommendations_page, PLN, RECOMMENDATIONS_PAGE, PlnPage)

int         pln_recommendations_page_get_day_index (PlnRecommendationsPage *self);
void        pln_recommendations_page_set_day_index (PlnRecommendationsPage *self,
                                                    int                     index);
GListModel *pln_recommendations_page_get_shown    (PlnRecommendationsPage *self);
void        pln_recommendations_page_reveal        (PlnRecommendationsPage *self,
                                                    PlnRecommendation      *rec);
gboolean    pln_recommendations_page_export_to     (PlnRecommendationsPage *self,
                                                    PlnDocumentFormat       format,
                                                    GFile                  *file,
                                                    GError                **error);
const char *pln_recommendations_page_get_status    (PlnRecommendationsPage *self);
const char *pln_recommendations_page_get_deadline  (PlnRecommendationsPage *self);
guint       pln_recommendations_page_get_n_rebuilds (PlnRecommendationsPage *self);

G_END_DECLS
