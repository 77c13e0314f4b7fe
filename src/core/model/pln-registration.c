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
  GObject parent_instance;

  char *id;
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

G_DEFINE_FINAL_TYPE (PlnRegistration, pln_registration, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DELEGATION,
  PROP_CATEGORY,
  PROP_ROLE,
  PROP_MODE,
  PROP_EMAIL,
  PROP_STATUS,
  PROP_LINK_SENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pln_registration_finalize (GObject *object)
{
  PlnRegistration *self = PLN_REGISTRATION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->delegation, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (pln_registration_parent_class)->finalize (object);
}

static void
pln_registration_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PlnRegistration *self = PLN_REGISTRATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DELEGATION:
      g_value_set_string (value, self->delegation);
      break;

    case PROP_CATEGORY:
      g_value_set_enum (value, self->category);
      break;

    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;

    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_LINK_SENT:
      g_value_set_boolean (value, self->link_sent);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_registration_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PlnRegistration *self = PLN_REGISTRATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      pln_set_id (&self->id, g_value_get_string (value));
      break;

    case PROP_NAME:
      pln_registration_set_name (self, g_value_get_string (value));
      break;

    case PROP_DELEGATION:
      pln_registration_set_delegation (self, g_value_get_string (value));
      break;

    case PROP_CATEGORY:
      pln_registration_set_category (self, g_value_get_enum (value));
      break;

    case PROP_ROLE:
      pln_registration_set_role (self, g_value_get_enum (value));
      break;

    case PROP_MODE:
      pln_registration_set_mode (self, g_value_get_enum (value));
      break;

    case PROP_EMAIL:
      pln_registration_set_email (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      pln_registration_set_status (self, g_value_get_enum (value));
      break;

    case PROP_LINK_SENT:
      pln_registration_set_link_sent (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_registration_class_init (PlnRegistrationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pln_registration_finalize;
  object_class->get_property = pln_registration_get_property;
  object_class->set_property = pln_registration_set_property;
  object_class->notify = pln_model_notify;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DELEGATION] =
    g_param_spec_string ("delegation", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CATEGORY] =
    g_param_spec_enum ("category", NULL, NULL,
                       PLN_TYPE_REGISTRATION_CATEGORY, PLN_REGISTRATION_CATEGORY_STATE_PARTY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       PLN_TYPE_REGISTRATION_ROLE, PLN_REGISTRATION_ROLE_DELEGATE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL,
                       PLN_TYPE_PARTICIPATION_MODE, PLN_PARTICIPATION_MODE_IN_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       PLN_TYPE_REGISTRATION_STATUS, PLN_REGISTRATION_STATUS_REQUESTED,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_LINK_SENT] =
    g_param_spec_boolean ("link-sent", NULL, NULL,
                          FALSE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
pln_registration_init (PlnRegistration *self)
{
  self->id = pln_model_new_id ();
  self->category = PLN_REGISTRATION_CATEGORY_STATE_PARTY;
  self->role = PLN_REGISTRATION_ROLE_DELEGATE;
  self->mode = PLN_PARTICIPATION_MODE_IN_PERSON;
  self->status = PLN_REGISTRATION_STATUS_REQUESTED;
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

  return self->id;
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
  if (pln_set_string (&self->name, name))
    {
      g_clear_pointer (&self->search_key, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
    }
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
  if (pln_set_string (&self->delegation, delegation))
    {
      g_clear_pointer (&self->search_key, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DELEGATION]);
    }
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
  if (self->category != category)
    {
      self->category = category;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CATEGORY]);
    }
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
  if (self->role != role)
    {
      self->role = role;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ROLE]);
    }
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
  if (self->mode != mode)
    {
      self->mode = mode;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODE]);
    }
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
  if (pln_set_string (&self->email, email))
    {
      g_clear_pointer (&self->search_key, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EMAIL]);
    }
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
  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
    }
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
  link_sent = !!link_sent;
  if (self->link_sent != link_sent)
    {
      self->link_sent = link_sent;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LINK_SENT]);
    }
}

static const char *
search_key (PlnRegistration *self)
{
  if (self->search_key == NULL)
    {
      g_autofree char *joined = g_strjoin ("\n", self->name ?: "", self->delegation ?: "",
                                           self->email ?: "", NULL);
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

/* The fields as the workspace file has them, for pln-json.c. */
const PlnFieldInfo pln_registration_fields[] = {
  { "id", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnRegistration, id), NULL, 0, 0 },
  { "name", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnRegistration, name), NULL, 0, 0 },
  { "delegation", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnRegistration, delegation), NULL, 0, 0 },
  { "category", PLN_FIELD_ENUM, G_STRUCT_OFFSET (PlnRegistration, category), pln_registration_category_get_type, 0, 0 },
  { "role", PLN_FIELD_ENUM, G_STRUCT_OFFSET (PlnRegistration, role), pln_registration_role_get_type, 0, 0 },
  { "mode", PLN_FIELD_ENUM, G_STRUCT_OFFSET (PlnRegistration, mode), pln_participation_mode_get_type, 0, 0 },
  { "email", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnRegistration, email), NULL, 0, 0 },
  { "status", PLN_FIELD_ENUM, G_STRUCT_OFFSET (PlnRegistration, status), pln_registration_status_get_type, 0, 0 },
  { "link_sent", PLN_FIELD_BOOL, G_STRUCT_OFFSET (PlnRegistration, link_sent), NULL, 0, 0 },
  { NULL }
};
