/* pln-registrations-edit.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-registrations-edit"

#include "config.h"

#include "pln-meeting.h"
#include "pln-registration.h"
#include "pln-registrations-edit.h"

/* An edit is made as it is recorded: each call below changes the meeting
 * and keeps what it takes to change it back. Undo reverts the steps in
 * the reverse order, so positions recorded at each step are right again
 * when it is reverted. */

typedef enum
{
  STEP_SET,
  STEP_REMOVE,
  STEP_ADD,
  STEP_REPLACE,
} StepKind;

typedef struct
{
  StepKind         kind;
  PlnRegistration *registration;
  PlnRegistration *replacement;   /* STEP_REPLACE: the one put in its place */
  const char      *property;      /* STEP_SET: interned */
  GValue           old_value;     /* STEP_SET */
  guint            position;      /* STEP_REMOVE */
} Step;

struct _PlnRegistrationsEdit
{
  PlnMeeting *meeting;
  GArray     *steps;
  gboolean    done;
};

static void
step_clear (gpointer data)
{
  Step *step = data;

  g_clear_object (&step->registration);
  g_clear_object (&step->replacement);
  if (G_IS_VALUE (&step->old_value))
    g_value_unset (&step->old_value);
}

static void
edit_clear (gpointer data)
{
  PlnRegistrationsEdit *self = data;

  g_clear_object (&self->meeting);
  g_clear_pointer (&self->steps, g_array_unref);
}

PlnRegistrationsEdit *
pln_registrations_edit_new (PlnMeeting *meeting)
{
  PlnRegistrationsEdit *self = g_rc_box_new0 (PlnRegistrationsEdit);

  self->meeting = g_object_ref (meeting);
  self->steps = g_array_new (FALSE, TRUE, sizeof (Step));
  g_array_set_clear_func (self->steps, step_clear);
  return self;
}

PlnRegistrationsEdit *
pln_registrations_edit_ref (PlnRegistrationsEdit *self)
{
  return g_rc_box_acquire (self);
}

void
pln_registrations_edit_unref (PlnRegistrationsEdit *self)
{
  g_rc_box_release_full (self, edit_clear);
}

static Step *
add_step (PlnRegistrationsEdit *self,
          StepKind              kind,
          PlnRegistration      *registration)
{
  Step *step;

  g_array_set_size (self->steps, self->steps->len + 1);
  step = &g_array_index (self->steps, Step, self->steps->len - 1);
  step->kind = kind;
  step->registration = g_object_ref (registration);
  return step;
}

/* Sets @property of @registration to @value, when it is not that already. */
void
pln_registrations_edit_set (PlnRegistrationsEdit *self,
                            PlnRegistration      *registration,
                            const char           *property,
                            const GValue         *value)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (registration), property);
  g_auto(GValue) current = G_VALUE_INIT;
  Step *step;

  g_return_if_fail (pspec != NULL);

  g_value_init (&current, pspec->value_type);
  g_object_get_property (G_OBJECT (registration), property, &current);
  if (g_param_values_cmp (pspec, &current, value) == 0)
    return;

  step = add_step (self, STEP_SET, registration);
  step->property = g_intern_string (property);
  g_value_init (&step->old_value, pspec->value_type);
  g_value_copy (&current, &step->old_value);
  g_object_set_property (G_OBJECT (registration), property, value);
}

void
pln_registrations_edit_remove (PlnRegistrationsEdit *self,
                               PlnRegistration      *registration)
{
  int position = pln_meeting_remove_registration (self->meeting, registration);

  if (position >= 0)
    add_step (self, STEP_REMOVE, registration)->position = position;
}

void
pln_registrations_edit_add (PlnRegistrationsEdit *self,
                            PlnRegistration      *registration)
{
  pln_meeting_append_registration (self->meeting, registration);
  add_step (self, STEP_ADD, registration);
}

/* Records what pln_registration_import_apply() just did. */
void
pln_registrations_edit_take_import (PlnRegistrationsEdit  *self,
                                    PlnRegistrationImport *import)
{
  GPtrArray *added = pln_registration_import_get_added (import);
  GPtrArray *replaced = pln_registration_import_get_replaced (import);

  for (guint i = 0; i + 1 < replaced->len; i += 2)
    add_step (self, STEP_REPLACE, g_ptr_array_index (replaced, i))->replacement =
      g_object_ref (g_ptr_array_index (replaced, i + 1));
  for (guint i = 0; i < added->len; i++)
    add_step (self, STEP_ADD, g_ptr_array_index (added, i));
}

gboolean
pln_registrations_edit_is_empty (PlnRegistrationsEdit *self)
{
  return self->steps->len == 0;
}

gboolean
pln_registrations_edit_is_done (PlnRegistrationsEdit *self)
{
  return self->done;
}

PlnMeeting *
pln_registrations_edit_get_meeting (PlnRegistrationsEdit *self)
{
  return self->meeting;
}

/* The registrations an import added sit at the end of the list, in
 * order, unless something came after them: taken out in one change of
 * the list where they still do. */
static guint
undo_trailing_adds (PlnRegistrationsEdit *self,
                    guint                 end)
{
  GListStore *store = G_LIST_STORE (pln_meeting_get_registrations (self->meeting));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint count = 0;

  while (count < end && count < n)
    {
      Step *step = &g_array_index (self->steps, Step, end - 1 - count);
      g_autoptr(PlnRegistration) last = NULL;

      if (step->kind != STEP_ADD)
        break;
      last = g_list_model_get_item (G_LIST_MODEL (store), n - 1 - count);
      if (last != step->registration)
        break;
      count++;
    }

  if (count > 0)
    g_list_store_splice (store, n - count, count, NULL, 0);
  return count;
}

void
pln_registrations_edit_undo (PlnRegistrationsEdit *self)
{
  guint i;

  if (self->done)
    return;
  self->done = TRUE;

  i = self->steps->len;
  i -= undo_trailing_adds (self, i);
  while (i-- > 0)
    {
      Step *step = &g_array_index (self->steps, Step, i);
      guint position;

      switch (step->kind)
        {
        case STEP_SET:
          g_object_set_property (G_OBJECT (step->registration), step->property, &step->old_value);
          break;

        case STEP_REMOVE:
          pln_meeting_insert_registration (self->meeting, step->position, step->registration);
          break;

        case STEP_ADD:
          pln_meeting_remove_registration (self->meeting, step->registration);
          break;

        case STEP_REPLACE:
          if (g_list_store_find (G_LIST_STORE (pln_meeting_get_registrations (self->meeting)),
                                 step->replacement, &position))
            g_list_store_splice (G_LIST_STORE (pln_meeting_get_registrations (self->meeting)),
                                 position, 1, (gpointer *) &step->registration, 1);
          break;

        default:
          g_assert_not_reached ();
        }
    }
}
