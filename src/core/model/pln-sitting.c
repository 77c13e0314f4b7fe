/* pln-sitting.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-sitting"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pln-enum-types.h"
#include "pln-model-private.h"
#include "pln-placement.h"
#include "pln-sitting.h"
#include "pln-speaker.h"
#include "pln-terms.h"

/* A plenary meeting: one block of a meeting day, such as 10:00–13:00, in
 * the time zone of the venue. Its placements are the organization of work. */

struct _PlnSitting
{
  PlnObject parent_instance;

  char *name;
  GDate date;
  int start;
  int end;
  GListStore *placements;
  GListStore *speakers;
};

G_DEFINE_FINAL_TYPE (PlnSitting, pln_sitting, PLN_TYPE_OBJECT)

enum {
  FIELD_NAME,
  FIELD_DATE,
  FIELD_START,
  FIELD_END,
  FIELD_PLACEMENTS,
  FIELD_SPEAKERS,
  N_FIELDS
};

/* The fields, in the order of the workspace file (docs/file-format.md). */
static const PlnField fields[N_FIELDS] = {
  [FIELD_NAME] = { "name", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnSitting, name) },
  [FIELD_DATE] = { "date", PLN_FIELD_DATE, G_STRUCT_OFFSET (PlnSitting, date) },
  [FIELD_START] = { "start", PLN_FIELD_INT, G_STRUCT_OFFSET (PlnSitting, start), NULL, 0, PLN_MINUTES_PER_DAY, PLN_DEFAULT_MORNING_START },
  [FIELD_END] = { "end", PLN_FIELD_INT, G_STRUCT_OFFSET (PlnSitting, end), NULL, 0, PLN_MINUTES_PER_DAY, PLN_DEFAULT_MORNING_END },
  [FIELD_PLACEMENTS] = { "placements", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnSitting, placements), pln_placement_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY },
  [FIELD_SPEAKERS] = { "speakers", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnSitting, speakers), pln_speaker_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY },
};

static void
pln_sitting_class_init (PlnSittingClass *klass)
{
  pln_object_class_install_fields (PLN_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
pln_sitting_init (PlnSitting *self)
{
  pln_object_init_fields (PLN_OBJECT (self));
}

PlnSitting *
pln_sitting_new (void)
{
  return g_object_new (PLN_TYPE_SITTING, NULL);
}

/**
 * pln_sitting_get_id:
 *
 * Returns: the stable identifier other objects and files refer to
 */
const char *
pln_sitting_get_id (PlnSitting *self)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), NULL);

  return pln_object_get_id (PLN_OBJECT (self));
}

const char *
pln_sitting_get_name (PlnSitting *self)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), NULL);

  return self->name;
}

/**
 * pln_sitting_dup_display_name:
 *
 * Returns: (transfer full): the name to show in the interface, in its
 *   language for the names Plenary gives (see pln_terms_sitting_name())
 */
char *
pln_sitting_dup_display_name (PlnSitting *self)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), NULL);

  return pln_terms_sitting_name (self->name);
}

void
pln_sitting_set_name (PlnSitting *self,
                      const char *name)
{
  g_return_if_fail (PLN_IS_SITTING (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_NAME, name);
}

const GDate *
pln_sitting_get_date (PlnSitting *self)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), NULL);

  return g_date_valid (&self->date) ? &self->date : NULL;
}

void
pln_sitting_set_date (PlnSitting *self,
                      const GDate *date)
{
  g_return_if_fail (PLN_IS_SITTING (self));

  pln_object_set_date (PLN_OBJECT (self), FIELD_DATE, date);
}

int
pln_sitting_get_start (PlnSitting *self)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), 0);

  return self->start;
}

void
pln_sitting_set_start (PlnSitting *self,
                       int start)
{
  g_return_if_fail (PLN_IS_SITTING (self));

  pln_object_set_int (PLN_OBJECT (self), FIELD_START, start);
}

int
pln_sitting_get_end (PlnSitting *self)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), 0);

  return self->end;
}

void
pln_sitting_set_end (PlnSitting *self,
                     int end)
{
  g_return_if_fail (PLN_IS_SITTING (self));

  pln_object_set_int (PLN_OBJECT (self), FIELD_END, end);
}

/**
 * pln_sitting_get_placements:
 *
 * Returns: (transfer none): the agenda items taken in this plenary meeting, in order, a list of #PlnPlacement
 */
GListModel *
pln_sitting_get_placements (PlnSitting *self)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), NULL);

  return G_LIST_MODEL (self->placements);
}

void
pln_sitting_append_placement (PlnSitting *self,
                              PlnPlacement *placement)
{
  g_return_if_fail (PLN_IS_SITTING (self));
  g_return_if_fail (PLN_IS_PLACEMENT (placement));

  pln_sitting_insert_placement (self, G_MAXUINT, placement);
}

void
pln_sitting_insert_placement (PlnSitting *self,
                              guint         position,
                              PlnPlacement *placement)
{
  g_return_if_fail (PLN_IS_SITTING (self));
  g_return_if_fail (PLN_IS_PLACEMENT (placement));

  pln_object_list_insert (self->placements, position, placement);
}

/**
 * pln_sitting_remove_placement:
 *
 * Returns: the position @placement had, for undo, or -1 if it was not there
 */
int
pln_sitting_remove_placement (PlnSitting *self,
                              PlnPlacement *placement)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), -1);
  g_return_val_if_fail (PLN_IS_PLACEMENT (placement), -1);

  return pln_object_list_remove (self->placements, placement);
}

gboolean
pln_sitting_move_placement (PlnSitting *self,
                            PlnPlacement *placement,
                            guint         position)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), FALSE);
  g_return_val_if_fail (PLN_IS_PLACEMENT (placement), FALSE);

  return pln_object_list_move (self->placements, placement, position);
}

/**
 * pln_sitting_get_speakers:
 *
 * Returns: (transfer none): the list of speakers, #PlnSpeaker in the order
 *   they take the floor
 */
GListModel *
pln_sitting_get_speakers (PlnSitting *self)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), NULL);

  return G_LIST_MODEL (self->speakers);
}

void
pln_sitting_insert_speaker (PlnSitting *self,
                            guint       position,
                            PlnSpeaker *speaker)
{
  g_return_if_fail (PLN_IS_SITTING (self));
  g_return_if_fail (PLN_IS_SPEAKER (speaker));

  pln_object_list_insert (self->speakers, position, speaker);
}

/**
 * pln_sitting_remove_speaker:
 *
 * Returns: the position @speaker had, for undo, or -1 if it was not there
 */
int
pln_sitting_remove_speaker (PlnSitting *self,
                            PlnSpeaker *speaker)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), -1);
  g_return_val_if_fail (PLN_IS_SPEAKER (speaker), -1);

  return pln_object_list_remove (self->speakers, speaker);
}

gboolean
pln_sitting_move_speaker (PlnSitting *self,
                          PlnSpeaker *speaker,
                          guint       position)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), FALSE);
  g_return_val_if_fail (PLN_IS_SPEAKER (speaker), FALSE);

  return pln_object_list_move (self->speakers, speaker, position);
}

static GDateTime *
date_time_at (const GDate *date,
              int          minutes,
              GTimeZone   *tz)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;

  return g_date_time_new (tz, g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), minutes / 60, minutes % 60, 0);
}

/**
 * pln_sitting_dup_start_date_time:
 * @tz: the time zone of the venue (pln_meeting_dup_time_zone())
 *
 * Returns: (transfer full) (nullable): when the plenary meeting starts
 */
GDateTime *
pln_sitting_dup_start_date_time (PlnSitting *self,
                                 GTimeZone  *tz)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), NULL);

  return date_time_at (pln_sitting_get_date (self), self->start, tz);
}

/**
 * pln_sitting_dup_end_date_time:
 *
 * Returns: (transfer full) (nullable): when the plenary meeting ends
 */
GDateTime *
pln_sitting_dup_end_date_time (PlnSitting *self,
                               GTimeZone  *tz)
{
  g_return_val_if_fail (PLN_IS_SITTING (self), NULL);

  return date_time_at (pln_sitting_get_date (self), self->end, tz);
}

