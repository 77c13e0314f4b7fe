/* pln-speakers-page.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-page.h"

G_BEGIN_DECLS

#define PLN_TYPE_SPEAKERS_PAGE (pln_speakers_page_get_type ())

G_DECLARE_FINAL_TYPE (PlnSpeakersPage, pln_speakers_page, PLN, SPEAKERS_PAGE, PlnPage)

PlnSitting *pln_speakers_page_get_sitting         (PlnSpeakersPage *self);
void        pln_speakers_page_set_sitting         (PlnSpeakersPage *self,
                                                   PlnSitting      *sitting);
PlnSpeaker *pln_speakers_page_get_current_speaker (PlnSpeakersPage *self);
const char *pln_speakers_page_get_online_summary  (PlnSpeakersPage *self);
gboolean    pln_speakers_page_attach_statement    (PlnSpeakersPage *self,
                                                   PlnSpeaker      *speaker,
                                                   GFile           *file);

G_END_DECLS
