/* pln-merge-labels.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-core.h"

G_BEGIN_DECLS

const char *pln_merge_field_label      (GType       type,
                                        const char *member);
const char *pln_merge_collection_label (const char *member);

G_END_DECLS
