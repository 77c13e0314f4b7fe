/* pln-recommendation.h
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

#define PLN_TYPE_RECOMMENDATION (pln_recommendation_get_type ())

G_DECLARE_FINAL_TYPE (PlnRecommendation, pln_recommendation, PLN, RECOMMENDATION, PlnObject)

PlnRecommendation       *pln_recommendation_new                     (void);
const char              *pln_recommendation_get_id                  (PlnRecommendation *self);
const GDate             *pln_recommendation_get_day                 (PlnRecommendation *self);
void                     pln_recommendation_set_day                 (PlnRecommendation *self,
                                                                     const GDate       *day);
PlnAgendaItem           *pln_recommendation_get_agenda_item         (PlnRecommendation *self);
void                     pln_recommendation_set_agenda_item         (PlnRecommendation *self,
                                                                     PlnAgendaItem     *agenda_item);
const char              *pln_recommendation_get_text                (PlnRecommendation *self);
void                     pln_recommendation_set_text                (PlnRecommendation *self,
                                                                     const char        *text);
const char              *pln_recommendation_get_source              (PlnRecommendation *self);
void                     pln_recommendation_set_source              (PlnRecommendation *self,
                                                                     const char        *source);
const char              *pln_recommendation_get_source_registration (PlnRecommendation *self);
void                     pln_recommendation_set_source_registration (PlnRecommendation *self,
                                                                     const char        *source_registration);
PlnRecommendationStatus  pln_recommendation_get_status              (PlnRecommendation *self);
void                     pln_recommendation_set_status              (PlnRecommendation       *self,
                                                                     PlnRecommendationStatus  status);
const char              *pln_recommendation_get_merged_into         (PlnRecommendation *self);
void                     pln_recommendation_set_merged_into         (PlnRecommendation *self,
                                                                     const char        *merged_into);
GDateTime               *pln_recommendation_get_created             (PlnRecommendation *self);
void                     pln_recommendation_set_created             (PlnRecommendation *self,
                                                                     GDateTime         *created);
GDateTime               *pln_recommendation_get_changed             (PlnRecommendation *self);
void                     pln_recommendation_set_changed             (PlnRecommendation *self,
                                                                     GDateTime         *changed);
const char * const      *pln_recommendation_get_themes              (PlnRecommendation *self);
void                     pln_recommendation_set_themes              (PlnRecommendation  *self,
                                                                     const char * const *themes);

G_END_DECLS
