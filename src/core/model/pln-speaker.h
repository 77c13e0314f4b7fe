/* pln-speaker.h
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

#define PLN_TYPE_SPEAKER_EVENT (pln_speaker_event_get_type ())

G_DECLARE_FINAL_TYPE (PlnSpeakerEvent, pln_speaker_event, PLN, SPEAKER_EVENT, PlnObject)

PlnSpeakerEvent     *pln_speaker_event_new          (PlnSpeakerEventKind  kind,
                                                     GDateTime           *wall,
                                                     const char          *clock);
PlnSpeakerEventKind  pln_speaker_event_get_kind     (PlnSpeakerEvent     *self);
GDateTime           *pln_speaker_event_get_wall     (PlnSpeakerEvent     *self);
const char          *pln_speaker_event_get_clock    (PlnSpeakerEvent     *self);

#define PLN_TYPE_SPEAKER (pln_speaker_get_type ())

G_DECLARE_FINAL_TYPE (PlnSpeaker, pln_speaker, PLN, SPEAKER, PlnObject)

PlnSpeaker           *pln_speaker_new                   (void);
const char           *pln_speaker_get_id                (PlnSpeaker           *self);
const char           *pln_speaker_get_delegation        (PlnSpeaker           *self);
void                  pln_speaker_set_delegation        (PlnSpeaker           *self,
                                                         const char           *delegation);
const char           *pln_speaker_get_registration      (PlnSpeaker           *self);
void                  pln_speaker_set_registration      (PlnSpeaker           *self,
                                                         const char           *registration_id);
PlnAgendaItem        *pln_speaker_get_agenda_item       (PlnSpeaker           *self);
void                  pln_speaker_set_agenda_item       (PlnSpeaker           *self,
                                                         PlnAgendaItem        *item);
PlnParticipationMode  pln_speaker_get_mode              (PlnSpeaker           *self);
void                  pln_speaker_set_mode              (PlnSpeaker           *self,
                                                         PlnParticipationMode  mode);
guint                 pln_speaker_get_panellist_minutes (PlnSpeaker           *self);
void                  pln_speaker_set_panellist_minutes (PlnSpeaker           *self,
                                                         guint                 minutes);
const char           *pln_speaker_get_carried_from      (PlnSpeaker           *self);
void                  pln_speaker_set_carried_from      (PlnSpeaker           *self,
                                                         const char           *sitting_id);
GListModel           *pln_speaker_get_events            (PlnSpeaker           *self);
void                  pln_speaker_add_event             (PlnSpeaker           *self,
                                                         PlnSpeakerEvent      *event);
void                  pln_speaker_remove_last_event     (PlnSpeaker           *self);
GListModel           *pln_speaker_get_statements        (PlnSpeaker           *self);
void                  pln_speaker_add_statement         (PlnSpeaker           *self,
                                                         PlnStatement         *statement);
void                  pln_speaker_insert_statement      (PlnSpeaker           *self,
                                                         guint                 position,
                                                         PlnStatement         *statement);
int                   pln_speaker_remove_statement      (PlnSpeaker           *self,
                                                         PlnStatement         *statement);

gboolean              pln_speaker_is_online             (PlnSpeaker           *self);
gboolean              pln_speaker_has_started           (PlnSpeaker           *self);
gboolean              pln_speaker_has_ended             (PlnSpeaker           *self);
gboolean              pln_speaker_is_speaking           (PlnSpeaker           *self);
gboolean              pln_speaker_was_given_floor_over_cap (PlnSpeaker        *self);

G_END_DECLS
