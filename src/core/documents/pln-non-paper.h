/* pln-non-paper.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-document.h"
#include "pln-types.h"
#include "pln-meeting-recommendations.h"

G_BEGIN_DECLS

PlnDocument       *pln_non_paper_new                        (PlnMeeting    *meeting,
                                                             const GDate   *day,
                                                             gboolean       with_sources);
PlnDocument       *pln_report_recommendations_new           (PlnMeeting    *meeting,
                                                             gboolean       with_sources);

G_END_DECLS
