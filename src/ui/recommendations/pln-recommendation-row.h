/* pln-recommendation-row.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plenary-core.h"

G_BEGIN_DECLS

#define PLN_TYPE_RECOMMENDATION_ROW (pln_recommendation_row_get_type ())

G_DECLARE_FINAL_TYPE (PlnRecommendationRow, pln_recommendation_row, PLN, RECOMMENDATION_ROW, GtkWidget)

PlnRecommendation *pln_recommendation_row_get_recommendation (PlnRecommendationRow *self);
void               pln_recommendation_row_set_recommendation (PlnRecommendationRow *self,
                                                              PlnRecommendation    *recommendation);
guint              pln_recommendation_row_get_number         (PlnRecommendationRow *self);
void               pln_recommendation_row_set_number         (PlnRecommendationRow *self,
                                                              guint                 number);
guint              pln_recommendation_row_get_word_hint      (PlnRecommendationRow *self);
void               pln_recommendation_row_set_word_hint      (PlnRecommendationRow *self,
                                                              guint                 word_hint);
void               pln_recommendation_row_set_menu_model     (PlnRecommendationRow *self,
                                                              GMenuModel           *menu_model);
GMenuModel        *pln_recommendation_row_get_status_menu    (PlnRecommendationRow *self);
void               pln_recommendation_row_set_workspace      (PlnRecommendationRow *self,
                                                              PlnWorkspace         *workspace);
GtkMenuButton     *pln_recommendation_row_get_themes_button  (PlnRecommendationRow *self);

G_END_DECLS
