/* pln-ics.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-types.h"

G_BEGIN_DECLS

char     *pln_ics_build_meetings (GListModel     *meetings,
                                  GError        **error);
gboolean  pln_ics_export         (GListModel     *meetings,
                                  GFile          *file,
                                  GCancellable   *cancellable,
                                  GError        **error);

G_END_DECLS
