/* pln-overview-page.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pln-page.h"

G_BEGIN_DECLS

#define PLN_TYPE_OVERVIEW_PAGE (pln_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (PlnOverviewPage, pln_overview_page, PLN, OVERVIEW_PAGE, PlnPage)

guint pln_overview_page_get_n_problem_updates (PlnOverviewPage *self);

G_END_DECLS
