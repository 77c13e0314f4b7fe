/* pln-publish-group.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-core.h"

G_BEGIN_DECLS

#define PLN_TYPE_PUBLISH_GROUP (pln_publish_group_get_type ())

G_DECLARE_FINAL_TYPE (PlnPublishGroup, pln_publish_group, PLN, PUBLISH_GROUP, AdwPreferencesGroup)

void pln_publish_group_set_workspace (PlnPublishGroup *self,
                                      PlnWorkspace    *workspace);

G_END_DECLS
