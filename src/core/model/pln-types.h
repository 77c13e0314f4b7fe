/* pln-types.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pln-defaults.h"

G_BEGIN_DECLS

typedef struct _PlnWorkspace      PlnWorkspace;
typedef struct _PlnWorkingGroup   PlnWorkingGroup;
typedef struct _PlnMeeting        PlnMeeting;
typedef struct _PlnSitting        PlnSitting;
typedef struct _PlnSpeaker        PlnSpeaker;
typedef struct _PlnStatement      PlnStatement;
typedef struct _PlnSpeakerEvent   PlnSpeakerEvent;
typedef struct _PlnPlacement      PlnPlacement;
typedef struct _PlnAgendaItem     PlnAgendaItem;
typedef struct _PlnDocumentRef    PlnDocumentRef;
typedef struct _PlnFootnote       PlnFootnote;
typedef struct _PlnRegistration   PlnRegistration;
typedef struct _PlnRecommendation PlnRecommendation;
typedef struct _PlnStore          PlnStore;
typedef struct _PlnExportRecord   PlnExportRecord;
typedef struct _PlnTheme          PlnTheme;
typedef struct _PlnResolution     PlnResolution;
typedef struct _PlnPublishedDocument PlnPublishedDocument;

G_END_DECLS

#include "pln-english.h"

G_BEGIN_DECLS

/**
 * PlnMeetingFormat:
 * @PLN_MEETING_FORMAT_IN_PERSON: everyone in the room
 * @PLN_MEETING_FORMAT_HYBRID: in the room and on an online platform
 * @PLN_MEETING_FORMAT_ONLINE: on an online platform only
 */
typedef enum
{
  PLN_MEETING_FORMAT_IN_PERSON,
  PLN_MEETING_FORMAT_HYBRID,
  PLN_MEETING_FORMAT_ONLINE,
} PlnMeetingFormat;

/**
 * PlnLanguages:
 *
 * The six official languages of the United Nations, as interpretation
 * languages of a meeting.
 */
typedef enum /*< flags >*/
{
  PLN_LANGUAGE_NONE    = 0,
  PLN_LANGUAGE_ARABIC  = 1 << 0,
  PLN_LANGUAGE_CHINESE = 1 << 1,
  PLN_LANGUAGE_ENGLISH = 1 << 2,
  PLN_LANGUAGE_FRENCH  = 1 << 3,
  PLN_LANGUAGE_RUSSIAN = 1 << 4,
  PLN_LANGUAGE_SPANISH = 1 << 5,
} PlnLanguages;

#define PLN_LANGUAGES_ALL_UN (PLN_LANGUAGE_ARABIC | PLN_LANGUAGE_CHINESE | PLN_LANGUAGE_ENGLISH | \
                              PLN_LANGUAGE_FRENCH | PLN_LANGUAGE_RUSSIAN | PLN_LANGUAGE_SPANISH)

typedef enum
{
  PLN_REGISTRATION_CATEGORY_STATE_PARTY,
  PLN_REGISTRATION_CATEGORY_SIGNATORY_STATE,
  PLN_REGISTRATION_CATEGORY_OBSERVER_STATE,
  PLN_REGISTRATION_CATEGORY_IGO,
  PLN_REGISTRATION_CATEGORY_NGO,
  PLN_REGISTRATION_CATEGORY_PANELLIST,
  PLN_REGISTRATION_CATEGORY_SECRETARIAT,
} PlnRegistrationCategory;

typedef enum
{
  PLN_REGISTRATION_ROLE_DELEGATE,
  PLN_REGISTRATION_ROLE_HEAD_OF_DELEGATION,
  PLN_REGISTRATION_ROLE_PANELLIST,
  PLN_REGISTRATION_ROLE_CHAIR,
  PLN_REGISTRATION_ROLE_VICE_CHAIR,
  PLN_REGISTRATION_ROLE_RAPPORTEUR,
} PlnRegistrationRole;

typedef enum
{
  PLN_PARTICIPATION_MODE_IN_PERSON,
  PLN_PARTICIPATION_MODE_ONLINE,
} PlnParticipationMode;

/**
 * PlnSpeakerEventKind:
 *
 * What happened to a statement on the floor, in the speaker's log.
 * @PLN_SPEAKER_EVENT_OVER_CAP: the chair gave the floor to an online
 *   speaker although the plenary meeting's online time was used up
 */
typedef enum
{
  PLN_SPEAKER_EVENT_STARTED,
  PLN_SPEAKER_EVENT_PAUSED,
  PLN_SPEAKER_EVENT_RESUMED,
  PLN_SPEAKER_EVENT_ENDED,
  PLN_SPEAKER_EVENT_OVER_CAP,
} PlnSpeakerEventKind;

typedef enum
{
  PLN_REGISTRATION_STATUS_REQUESTED,
  PLN_REGISTRATION_STATUS_CONFIRMED,
  PLN_REGISTRATION_STATUS_CANCELLED,
} PlnRegistrationStatus;

/**
 * PlnRecommendationStatus:
 * @PLN_RECOMMENDATION_STATUS_PROPOSED: made in the room
 * @PLN_RECOMMENDATION_STATUS_IN_NON_PAPER: taken into the day's non-paper
 * @PLN_RECOMMENDATION_STATUS_AGREED: agreed for the report
 * @PLN_RECOMMENDATION_STATUS_WITHDRAWN: withdrawn by whoever made it
 * @PLN_RECOMMENDATION_STATUS_MERGED: merged into another recommendation
 */
typedef enum
{
  PLN_RECOMMENDATION_STATUS_PROPOSED,
  PLN_RECOMMENDATION_STATUS_IN_NON_PAPER,
  PLN_RECOMMENDATION_STATUS_AGREED,
  PLN_RECOMMENDATION_STATUS_WITHDRAWN,
  PLN_RECOMMENDATION_STATUS_MERGED,
} PlnRecommendationStatus;

/**
 * PlnEntryKind:
 * @PLN_ENTRY_RECOMMENDATION: a recommendation of a working group
 * @PLN_ENTRY_RESOLUTION: a resolution of the Conference
 * @PLN_ENTRY_DECISION: a decision of the Conference
 *
 * The three kinds of entry of the compendium.
 */
typedef enum
{
  PLN_ENTRY_RECOMMENDATION,
  PLN_ENTRY_RESOLUTION,
  PLN_ENTRY_DECISION,
} PlnEntryKind;

/**
 * PlnEdition:
 * @PLN_EDITION_FULL: the secretariat's own workspace, with everything
 * @PLN_EDITION_PUBLIC: the public edition for delegations: no personal
 *   data, read-only (pln-public-edition.c)
 */
typedef enum
{
  PLN_EDITION_FULL,
  PLN_EDITION_PUBLIC,
} PlnEdition;

/**
 * PlnPublishedKind:
 * @PLN_PUBLISHED_KIND_AGENDA: a meeting's annotated provisional agenda
 * @PLN_PUBLISHED_KIND_NON_PAPER: a day's non-paper, as shared
 *
 * What a document published beside a public edition is.
 */
typedef enum
{
  PLN_PUBLISHED_KIND_AGENDA,
  PLN_PUBLISHED_KIND_NON_PAPER,
} PlnPublishedKind;

const char *pln_meeting_format_to_label          (PlnMeetingFormat        format);
const char *pln_language_to_label                (PlnLanguages            language);
const char *pln_registration_category_to_label   (PlnRegistrationCategory category);
const char *pln_registration_role_to_label       (PlnRegistrationRole     role);
const char *pln_participation_mode_to_label      (PlnParticipationMode    mode);
const char *pln_registration_status_to_label     (PlnRegistrationStatus   status);
const char *pln_recommendation_status_to_label   (PlnRecommendationStatus status);
const char *pln_entry_kind_to_label              (PlnEntryKind            kind);

const char *pln_enum_to_nick                     (GType                   enum_type,
                                                  int                     value);
gboolean    pln_enum_from_nick                   (GType                   enum_type,
                                                  const char             *nick,
                                                  int                    *value);

char       *pln_date_to_iso                      (const GDate            *date);
gboolean    pln_date_from_iso                    (const char             *text,
                                                  GDate                  *date);
char       *pln_minutes_to_string                (int                     minutes);
gboolean    pln_email_is_valid                   (const char             *email);
char       *pln_search_fold                      (const char             *text);

G_END_DECLS
