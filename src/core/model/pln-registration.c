/* pln-registration.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-registration"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pln-enum-types.h"
#include "pln-model-private.h"
#include "pln-registration.h"

/* A participant of a meeting, as the registration system records them. */

struct _PlnRegistration
{
  PlnObject parent_instance;

  char *honorific;
  char *name;
  char *delegation;
  PlnRegistrationCategory category;
  PlnRegistrationRole role;
  PlnParticipationMode mode;
  char *email;
  PlnRegistrationStatus status;
  gboolean link_sent;

  /* Name, delegation and e-mail folded for searching, made when first
   * searched and dropped when one of them changes: filtering thousands
   * of registrations per keystroke must not fold them again each time. */
  char *search_key;
  guint key_starts[3];   /* where the name, delegation and e-mail start in it */
};

G_DEFINE_FINAL_TYPE (PlnRegistration, pln_registration, PLN_TYPE_OBJECT)

enum {
  FIELD_HONORIFIC,
  FIELD_NAME,
  FIELD_DELEGATION,
  FIELD_CATEGORY,
  FIELD_ROLE,
  FIELD_MODE,
  FIELD_EMAIL,
  FIELD_STATUS,
  FIELD_LINK_SENT,
  N_FIELDS
};

/* The fields, in the order of the workspace file (docs/file-format.md). */
static const PlnField fields[N_FIELDS] = {
  [FIELD_HONORIFIC] = { "honorific", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnRegistration, honorific) },
  [FIELD_NAME] = { "name", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnRegistration, name) },
  [FIELD_DELEGATION] = { "delegation", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnRegistration, delegation) },
  [FIELD_CATEGORY] = { "category", PLN_FIELD_ENUM, G_STRUCT_OFFSET (PlnRegistration, category), pln_registration_category_get_type, 0, 0, PLN_REGISTRATION_CATEGORY_STATE_PARTY },
  [FIELD_ROLE] = { "role", PLN_FIELD_ENUM, G_STRUCT_OFFSET (PlnRegistration, role), pln_registration_role_get_type, 0, 0, PLN_REGISTRATION_ROLE_DELEGATE },
  [FIELD_MODE] = { "mode", PLN_FIELD_ENUM, G_STRUCT_OFFSET (PlnRegistration, mode), pln_participation_mode_get_type, 0, 0, PLN_PARTICIPATION_MODE_IN_PERSON },
  [FIELD_EMAIL] = { "email", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnRegistration, email) },
  [FIELD_STATUS] = { "status", PLN_FIELD_ENUM, G_STRUCT_OFFSET (PlnRegistration, status), pln_registration_status_get_type, 0, 0, PLN_REGISTRATION_STATUS_REQUESTED },
  [FIELD_LINK_SENT] = { "link-sent", PLN_FIELD_BOOL, G_STRUCT_OFFSET (PlnRegistration, link_sent) },
};

static void
pln_registration_finalize (GObject *object)
{
  PlnRegistration *self = PLN_REGISTRATION (object);

  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (pln_registration_parent_class)->finalize (object);
}

/* The search key is made of the name, delegation and e-mail: it is made
 * again after any of them changes, however it was set. */
static void
pln_registration_notify (GObject    *object,
                         GParamSpec *pspec)
{
  PlnRegistration *self = PLN_REGISTRATION (object);
  PlnObjectClass *klass = PLN_OBJECT_GET_CLASS (object);

  if (pspec == pln_object_class_get_pspec (klass, FIELD_NAME) ||
      pspec == pln_object_class_get_pspec (klass, FIELD_DELEGATION) ||
      pspec == pln_object_class_get_pspec (klass, FIELD_EMAIL))
    g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (pln_registration_parent_class)->notify (object, pspec);
}

static void
pln_registration_class_init (PlnRegistrationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  pln_object_class_install_fields (PLN_OBJECT_CLASS (klass), fields, N_FIELDS);

  object_class->finalize = pln_registration_finalize;
  object_class->notify = pln_registration_notify;
}

static void
pln_registration_init (PlnRegistration *self)
{
  pln_object_init_fields (PLN_OBJECT (self));
}

PlnRegistration *
pln_registration_new (void)
{
  return g_object_new (PLN_TYPE_REGISTRATION, NULL);
}

/**
 * pln_registration_get_id:
 *
 * Returns: the stable identifier other objects and files refer to
 */
const char *
pln_registration_get_id (PlnRegistration *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION (self), NULL);

  return pln_object_get_id (PLN_OBJECT (self));
}

const char *
pln_registration_get_name (PlnRegistration *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION (self), NULL);

  return self->name;
}

void
pln_registration_set_name (PlnRegistration *self,
                           const char *name)
{
  g_return_if_fail (PLN_IS_REGISTRATION (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_NAME, name);
}

/**
 * pln_registration_get_honorific:
 *
 * Returns: (nullable): how the participant is addressed before the name
 *   in the list of participants ("Ms.", "Mr.", "H.E. Mr."), as registered
 */
const char *
pln_registration_get_honorific (PlnRegistration *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION (self), NULL);

  return self->honorific;
}

void
pln_registration_set_honorific (PlnRegistration *self,
                                const char      *honorific)
{
  g_return_if_fail (PLN_IS_REGISTRATION (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_HONORIFIC, honorific);
}

const char *
pln_registration_get_delegation (PlnRegistration *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION (self), NULL);

  return self->delegation;
}

void
pln_registration_set_delegation (PlnRegistration *self,
                                 const char *delegation)
{
  g_return_if_fail (PLN_IS_REGISTRATION (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_DELEGATION, delegation);
}

PlnRegistrationCategory
pln_registration_get_category (PlnRegistration *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION (self), 0);

  return self->category;
}

void
pln_registration_set_category (PlnRegistration *self,
                               PlnRegistrationCategory category)
{
  g_return_if_fail (PLN_IS_REGISTRATION (self));

  pln_object_set_int (PLN_OBJECT (self), FIELD_CATEGORY, category);
}

PlnRegistrationRole
pln_registration_get_role (PlnRegistration *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION (self), 0);

  return self->role;
}

void
pln_registration_set_role (PlnRegistration *self,
                           PlnRegistrationRole role)
{
  g_return_if_fail (PLN_IS_REGISTRATION (self));

  pln_object_set_int (PLN_OBJECT (self), FIELD_ROLE, role);
}

PlnParticipationMode
pln_registration_get_mode (PlnRegistration *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION (self), 0);

  return self->mode;
}

void
pln_registration_set_mode (PlnRegistration *self,
                           PlnParticipationMode mode)
{
  g_return_if_fail (PLN_IS_REGISTRATION (self));

  pln_object_set_int (PLN_OBJECT (self), FIELD_MODE, mode);
}

const char *
pln_registration_get_email (PlnRegistration *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION (self), NULL);

  return self->email;
}

void
pln_registration_set_email (PlnRegistration *self,
                            const char *email)
{
  g_return_if_fail (PLN_IS_REGISTRATION (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_EMAIL, email);
}

PlnRegistrationStatus
pln_registration_get_status (PlnRegistration *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION (self), 0);

  return self->status;
}

void
pln_registration_set_status (PlnRegistration *self,
                             PlnRegistrationStatus status)
{
  g_return_if_fail (PLN_IS_REGISTRATION (self));

  pln_object_set_int (PLN_OBJECT (self), FIELD_STATUS, status);
}

gboolean
pln_registration_get_link_sent (PlnRegistration *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION (self), 0);

  return self->link_sent;
}

void
pln_registration_set_link_sent (PlnRegistration *self,
                                gboolean link_sent)
{
  g_return_if_fail (PLN_IS_REGISTRATION (self));

  pln_object_set_bool (PLN_OBJECT (self), FIELD_LINK_SENT, link_sent);
}

static const char *
search_key (PlnRegistration *self)
{
  if (self->search_key == NULL)
    {
      g_autofree char *joined = g_strjoin ("\n", self->name ? self->name : "",
                                           self->delegation ? self->delegation : "",
                                           self->email ? self->email : "", NULL);
      const char *p;

      /* Folded whole: folding can change lengths, not the line breaks. */
      self->search_key = pln_search_fold (joined);
      p = self->search_key;
      self->key_starts[0] = 0;
      for (guint i = 1; i < 3; i++)
        {
          p = strchr (p, '\n') + 1;
          self->key_starts[i] = p - self->search_key;
        }
    }

  return self->search_key;
}

/**
 * pln_registration_matches:
 * @needle: what is searched for, folded with pln_search_fold()
 *
 * Returns: whether the name, delegation or e-mail contains @needle
 */
gboolean
pln_registration_matches (PlnRegistration *self,
                          const char      *needle)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION (self), FALSE);

  if (needle == NULL || *needle == '\0')
    return TRUE;

  return strstr (search_key (self), needle) != NULL;
}

/* The @index-th line of the folded key: 0 the name, 1 the delegation,
 * 2 the e-mail. */
static const char *
key_part (PlnRegistration *self,
          guint            index,
          gsize           *length)
{
  const char *key = search_key (self);

  if (index < 2)
    *length = self->key_starts[index + 1] - self->key_starts[index] - 1;
  else
    *length = strlen (key + self->key_starts[2]);
  return key + self->key_starts[index];
}

/**
 * pln_registration_get_folded:
 * @property: "name", "delegation" or "email"
 * @length: (out): its length in bytes
 *
 * Returns: (transfer none): the text of @property folded as for searching
 *   (not nul-terminated), valid until the registration changes
 */
const char *
pln_registration_get_folded (PlnRegistration *self,
                             const char      *property,
                             gsize           *length)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION (self), NULL);

  return key_part (self, g_str_equal (property, "name") ? 0 : g_str_equal (property, "delegation") ? 1 : 2, length);
}

/**
 * pln_registration_compare_text:
 * @property: "name", "delegation" or "email"
 *
 * Orders two registrations by one of their texts, ignoring case and
 * accents ("Élodie" comes with the E's whatever the locale), from the
 * folded text kept for searching: sorting thousands of registrations
 * folds each once, not once per comparison.
 *
 * Returns: negative, zero or positive as @a comes before, with or after @b
 */
int
pln_registration_compare_text (PlnRegistration *a,
                               PlnRegistration *b,
                               const char      *property)
{
  guint index = g_str_equal (property, "name") ? 0 : g_str_equal (property, "delegation") ? 1 : 2;
  gsize la, lb;
  const char *pa = key_part (a, index, &la);
  const char *pb = key_part (b, index, &lb);
  int order = memcmp (pa, pb, MIN (la, lb));

  if (order != 0)
    return order;
  return la < lb ? -1 : la > lb ? 1 : 0;
}

