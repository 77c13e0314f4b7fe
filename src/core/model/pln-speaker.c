/* pln-speaker.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-speaker"

#include "config.h"

#include "pln-agenda-item.h"
#include "pln-enum-types.h"
#include "pln-model-private.h"
#include "pln-speaker.h"
#include "pln-statement.h"

/* An inscription on the list of speakers of a plenary meeting: who takes
 * the floor (a delegation as typed, or a registration), on which agenda
 * item, in person or online, whether as a panellist with a time limit of
 * their own; and the log of their statement, which the clock and the
 * online time of the plenary meeting are counted from (pln-floor.c). */

/* ------------------------------------------------------------ event */

struct _PlnSpeakerEvent
{
  PlnObject parent_instance;

  PlnSpeakerEventKind kind;
  GDateTime *wall;
  char *clock;
};

G_DEFINE_FINAL_TYPE (PlnSpeakerEvent, pln_speaker_event, PLN_TYPE_OBJECT)

enum {
  EVENT_KIND,
  EVENT_WALL,
  EVENT_CLOCK,
  N_EVENT_FIELDS
};

/* The fields, in the order of the workspace file (docs/file-format.md).
 * @clock is where the event stands on the machine's clock since it booted
 * (pln_floor_stamp_to_string()), so that time spoken is counted right
 * when the wall clock jumps or the laptop sleeps. */
static const PlnField event_fields[N_EVENT_FIELDS] = {
  [EVENT_KIND] = { "kind", PLN_FIELD_ENUM, G_STRUCT_OFFSET (PlnSpeakerEvent, kind), pln_speaker_event_kind_get_type, 0, 0, PLN_SPEAKER_EVENT_STARTED },
  [EVENT_WALL] = { "wall", PLN_FIELD_DATE_TIME, G_STRUCT_OFFSET (PlnSpeakerEvent, wall) },
  [EVENT_CLOCK] = { "clock", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnSpeakerEvent, clock) },
};

static void
pln_speaker_event_class_init (PlnSpeakerEventClass *klass)
{
  pln_object_class_install_fields (PLN_OBJECT_CLASS (klass), event_fields, N_EVENT_FIELDS);
}

static void
pln_speaker_event_init (PlnSpeakerEvent *self)
{
  pln_object_init_fields (PLN_OBJECT (self));
}

/**
 * pln_speaker_event_new:
 * @wall: when it happened
 * @clock: (nullable): the machine's clock then (pln_floor_stamp_to_string())
 */
PlnSpeakerEvent *
pln_speaker_event_new (PlnSpeakerEventKind  kind,
                       GDateTime           *wall,
                       const char          *clock)
{
  PlnSpeakerEvent *self = g_object_new (PLN_TYPE_SPEAKER_EVENT, NULL);

  pln_object_set_int (PLN_OBJECT (self), EVENT_KIND, kind);
  pln_object_set_date_time (PLN_OBJECT (self), EVENT_WALL, wall);
  pln_object_set_string (PLN_OBJECT (self), EVENT_CLOCK, clock);
  return self;
}

PlnSpeakerEventKind
pln_speaker_event_get_kind (PlnSpeakerEvent *self)
{
  g_return_val_if_fail (PLN_IS_SPEAKER_EVENT (self), PLN_SPEAKER_EVENT_STARTED);

  return self->kind;
}

GDateTime *
pln_speaker_event_get_wall (PlnSpeakerEvent *self)
{
  g_return_val_if_fail (PLN_IS_SPEAKER_EVENT (self), NULL);

  return self->wall;
}

const char *
pln_speaker_event_get_clock (PlnSpeakerEvent *self)
{
  g_return_val_if_fail (PLN_IS_SPEAKER_EVENT (self), NULL);

  return self->clock;
}

/* ------------------------------------------------------------ speaker */

struct _PlnSpeaker
{
  PlnObject parent_instance;

  char *delegation;
  char *registration;
  PlnAgendaItem *agenda_item;
  PlnParticipationMode mode;
  guint panellist_minutes;
  char *carried_from;
  GListStore *events;
  GListStore *statements;
};

G_DEFINE_FINAL_TYPE (PlnSpeaker, pln_speaker, PLN_TYPE_OBJECT)

enum {
  FIELD_DELEGATION,
  FIELD_REGISTRATION,
  FIELD_AGENDA_ITEM,
  FIELD_MODE,
  FIELD_PANELLIST_MINUTES,
  FIELD_CARRIED_FROM,
  FIELD_EVENTS,
  FIELD_STATEMENTS,
  N_FIELDS
};

/* The fields, in the order of the workspace file (docs/file-format.md). */
static const PlnField fields[N_FIELDS] = {
  [FIELD_DELEGATION] = { "delegation", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnSpeaker, delegation) },
  [FIELD_REGISTRATION] = { "registration", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnSpeaker, registration) },
  [FIELD_AGENDA_ITEM] = { "agenda-item", PLN_FIELD_OBJECT, G_STRUCT_OFFSET (PlnSpeaker, agenda_item), pln_agenda_item_get_type },
  [FIELD_MODE] = { "mode", PLN_FIELD_ENUM, G_STRUCT_OFFSET (PlnSpeaker, mode), pln_participation_mode_get_type, 0, 0, PLN_PARTICIPATION_MODE_IN_PERSON },
  [FIELD_PANELLIST_MINUTES] = { "panellist-minutes", PLN_FIELD_UINT, G_STRUCT_OFFSET (PlnSpeaker, panellist_minutes), NULL, 0, 600, 0 },
  [FIELD_CARRIED_FROM] = { "carried-from", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnSpeaker, carried_from) },
  [FIELD_EVENTS] = { "events", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnSpeaker, events), pln_speaker_event_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY },
  [FIELD_STATEMENTS] = { "statements", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnSpeaker, statements), pln_statement_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY },
};

static void
pln_speaker_class_init (PlnSpeakerClass *klass)
{
  pln_object_class_install_fields (PLN_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
pln_speaker_init (PlnSpeaker *self)
{
  pln_object_init_fields (PLN_OBJECT (self));
}

PlnSpeaker *
pln_speaker_new (void)
{
  return g_object_new (PLN_TYPE_SPEAKER, NULL);
}

const char *
pln_speaker_get_id (PlnSpeaker *self)
{
  g_return_val_if_fail (PLN_IS_SPEAKER (self), NULL);

  return pln_object_get_id (PLN_OBJECT (self));
}

/**
 * pln_speaker_get_delegation:
 *
 * Returns: (nullable): the delegation (or organization, or panellist's
 *   name) as the list of speakers shows it
 */
const char *
pln_speaker_get_delegation (PlnSpeaker *self)
{
  g_return_val_if_fail (PLN_IS_SPEAKER (self), NULL);

  return self->delegation;
}

void
pln_speaker_set_delegation (PlnSpeaker *self,
                            const char *delegation)
{
  g_return_if_fail (PLN_IS_SPEAKER (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_DELEGATION, delegation);
}

/**
 * pln_speaker_get_registration:
 *
 * Returns: (nullable): the id of the registration of the meeting who
 *   speaks, when inscribed from one
 */
const char *
pln_speaker_get_registration (PlnSpeaker *self)
{
  g_return_val_if_fail (PLN_IS_SPEAKER (self), NULL);

  return self->registration;
}

void
pln_speaker_set_registration (PlnSpeaker *self,
                              const char *registration_id)
{
  g_return_if_fail (PLN_IS_SPEAKER (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_REGISTRATION, registration_id);
}

PlnAgendaItem *
pln_speaker_get_agenda_item (PlnSpeaker *self)
{
  g_return_val_if_fail (PLN_IS_SPEAKER (self), NULL);

  return self->agenda_item;
}

void
pln_speaker_set_agenda_item (PlnSpeaker    *self,
                             PlnAgendaItem *item)
{
  g_return_if_fail (PLN_IS_SPEAKER (self));

  pln_object_set_object (PLN_OBJECT (self), FIELD_AGENDA_ITEM, item);
}

PlnParticipationMode
pln_speaker_get_mode (PlnSpeaker *self)
{
  g_return_val_if_fail (PLN_IS_SPEAKER (self), PLN_PARTICIPATION_MODE_IN_PERSON);

  return self->mode;
}

void
pln_speaker_set_mode (PlnSpeaker           *self,
                      PlnParticipationMode  mode)
{
  g_return_if_fail (PLN_IS_SPEAKER (self));

  pln_object_set_int (PLN_OBJECT (self), FIELD_MODE, mode);
}

/**
 * pln_speaker_get_panellist_minutes:
 *
 * Returns: the time limit of a panellist's presentation, as the
 *   secretariat communicated it; 0 for a statement, which has the
 *   meeting's statement limit
 */
guint
pln_speaker_get_panellist_minutes (PlnSpeaker *self)
{
  g_return_val_if_fail (PLN_IS_SPEAKER (self), 0);

  return self->panellist_minutes;
}

void
pln_speaker_set_panellist_minutes (PlnSpeaker *self,
                                   guint       minutes)
{
  g_return_if_fail (PLN_IS_SPEAKER (self));

  pln_object_set_uint (PLN_OBJECT (self), FIELD_PANELLIST_MINUTES, minutes);
}

/**
 * pln_speaker_get_carried_from:
 *
 * Returns: (nullable): the id of the plenary meeting the speaker was
 *   inscribed in first, when the online cap carried them over to this one
 */
const char *
pln_speaker_get_carried_from (PlnSpeaker *self)
{
  g_return_val_if_fail (PLN_IS_SPEAKER (self), NULL);

  return self->carried_from;
}

void
pln_speaker_set_carried_from (PlnSpeaker *self,
                              const char *sitting_id)
{
  g_return_if_fail (PLN_IS_SPEAKER (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_CARRIED_FROM, sitting_id);
}

/**
 * pln_speaker_get_events:
 *
 * Returns: (transfer none): the log of the statement, #PlnSpeakerEvent
 *   in the order they happened
 */
GListModel *
pln_speaker_get_events (PlnSpeaker *self)
{
  g_return_val_if_fail (PLN_IS_SPEAKER (self), NULL);

  return G_LIST_MODEL (self->events);
}

void
pln_speaker_add_event (PlnSpeaker      *self,
                       PlnSpeakerEvent *event)
{
  g_return_if_fail (PLN_IS_SPEAKER (self));
  g_return_if_fail (PLN_IS_SPEAKER_EVENT (event));

  pln_object_list_insert (self->events, G_MAXUINT, event);
}

/* For undoing the last step of the clock. */
void
pln_speaker_remove_last_event (PlnSpeaker *self)
{
  guint n;

  g_return_if_fail (PLN_IS_SPEAKER (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  if (n > 0)
    g_list_store_remove (self->events, n - 1);
}

/**
 * pln_speaker_get_statements:
 *
 * Returns: (transfer none): the written statements the speaker sent on
 *   their item, #PlnStatement
 */
GListModel *
pln_speaker_get_statements (PlnSpeaker *self)
{
  g_return_val_if_fail (PLN_IS_SPEAKER (self), NULL);

  return G_LIST_MODEL (self->statements);
}

void
pln_speaker_add_statement (PlnSpeaker   *self,
                           PlnStatement *statement)
{
  pln_speaker_insert_statement (self, G_MAXUINT, statement);
}

/**
 * pln_speaker_insert_statement:
 * @position: where, %G_MAXUINT for the end
 */
void
pln_speaker_insert_statement (PlnSpeaker   *self,
                              guint         position,
                              PlnStatement *statement)
{
  g_return_if_fail (PLN_IS_SPEAKER (self));
  g_return_if_fail (PLN_IS_STATEMENT (statement));

  pln_object_list_insert (self->statements, position, statement);
}

/**
 * pln_speaker_remove_statement:
 *
 * Returns: the position @statement had, or -1 if it was not there
 */
int
pln_speaker_remove_statement (PlnSpeaker   *self,
                              PlnStatement *statement)
{
  g_return_val_if_fail (PLN_IS_SPEAKER (self), -1);
  g_return_val_if_fail (PLN_IS_STATEMENT (statement), -1);

  return pln_object_list_remove (self->statements, statement);
}

gboolean
pln_speaker_is_online (PlnSpeaker *self)
{
  g_return_val_if_fail (PLN_IS_SPEAKER (self), FALSE);

  return self->mode == PLN_PARTICIPATION_MODE_ONLINE;
}

static gboolean
has_event (PlnSpeaker          *self,
           PlnSpeakerEventKind  kind)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->events));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnSpeakerEvent) event = g_list_model_get_item (G_LIST_MODEL (self->events), i);

      if (event->kind == kind)
        return TRUE;
    }

  return FALSE;
}

gboolean
pln_speaker_has_started (PlnSpeaker *self)
{
  g_return_val_if_fail (PLN_IS_SPEAKER (self), FALSE);

  return has_event (self, PLN_SPEAKER_EVENT_STARTED);
}

gboolean
pln_speaker_has_ended (PlnSpeaker *self)
{
  g_return_val_if_fail (PLN_IS_SPEAKER (self), FALSE);

  return has_event (self, PLN_SPEAKER_EVENT_ENDED);
}

/**
 * pln_speaker_is_speaking:
 *
 * Returns: whether the statement's clock runs: started or resumed last
 */
gboolean
pln_speaker_is_speaking (PlnSpeaker *self)
{
  g_autoptr(PlnSpeakerEvent) last = NULL;
  guint n;

  g_return_val_if_fail (PLN_IS_SPEAKER (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  for (guint i = n; i > 0 && last == NULL; i--)
    {
      g_autoptr(PlnSpeakerEvent) event = g_list_model_get_item (G_LIST_MODEL (self->events), i - 1);

      if (event->kind != PLN_SPEAKER_EVENT_OVER_CAP)
        last = g_steal_pointer (&event);
    }

  return last != NULL && (last->kind == PLN_SPEAKER_EVENT_STARTED || last->kind == PLN_SPEAKER_EVENT_RESUMED);
}

/**
 * pln_speaker_was_given_floor_over_cap:
 *
 * Returns: whether the chair gave this online speaker the floor although
 *   the plenary meeting's online time was used
 */
gboolean
pln_speaker_was_given_floor_over_cap (PlnSpeaker *self)
{
  g_return_val_if_fail (PLN_IS_SPEAKER (self), FALSE);

  return has_event (self, PLN_SPEAKER_EVENT_OVER_CAP);
}
