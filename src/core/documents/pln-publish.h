/* pln-publish.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-types.h"

G_BEGIN_DECLS

GFile    *pln_publish_get_location      (PlnWorkspace         *workspace);
void      pln_publish_calendar_async    (PlnWorkspace         *workspace,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean  pln_publish_calendar_finish   (PlnWorkspace         *workspace,
                                         GAsyncResult         *result,
                                         GError              **error);

G_END_DECLS
