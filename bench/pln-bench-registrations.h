/* pln-bench-registrations.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-registrations-page-private.h"

G_BEGIN_DECLS

PlnMeeting *pln_bench_meeting_of_30000       (void);
void        pln_bench_registrations_draw     (GtkWidget            *page,
                                              cairo_surface_t      *surface);
PlnRegistrationsPage *
            pln_bench_registrations_open     (PlnMeeting           *meeting,
                                              cairo_surface_t      *surface,
                                              double               *opened_ms);
GArray     *pln_bench_registrations_typing   (PlnRegistrationsPage *page,
                                              cairo_surface_t      *surface,
                                              GArray              **frames);
GArray     *pln_bench_registrations_sorting  (PlnRegistrationsPage *page,
                                              cairo_surface_t      *surface);

G_END_DECLS
