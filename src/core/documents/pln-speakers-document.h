/* pln-speakers-document.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-document.h"
#include "pln-floor.h"
#include "pln-types.h"

G_BEGIN_DECLS

PlnDocument *pln_speakers_document_new (PlnMeeting          *meeting,
                                        PlnSitting          *sitting,
                                        const PlnFloorStamp *now);
GBytes      *pln_speakers_to_csv       (PlnMeeting          *meeting,
                                        PlnSitting          *sitting,
                                        const PlnFloorStamp *now);

G_END_DECLS
