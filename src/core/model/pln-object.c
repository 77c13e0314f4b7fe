/* pln-object.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-object"

#include "config.h"

#include <string.h>

#include "pln-model-private.h"
#include "pln-object.h"

/* The base of every model class: the stable id, the root of the tree the
 * object is in (its workspace), and the fields a class declares once in
 * a table, from which its properties and its members in the workspace
 * file come (pln-json.c reads the same table). */

typedef struct
{
  char      *id;
  PlnObject *root;
  guint     *revision;     /* its branch's edit count, a g_rc_box */
  char      *changed_by;   /* who saved its last change, and when */
  GDateTime *changed_at;
  guint      is_root : 1;
  guint      is_branch : 1;
  guint      unsaved : 1;  /* made here, never stamped by a save */
} PlnObjectPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PlnObject, pln_object, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CHANGED_BY,
  PROP_CHANGED_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The roots alive, so that an object that outlives its workspace (kept
 * for an undo) never reaches a dead one. Locked: a workspace is made in
 * the worker that loads it while the window edits another. */
static GHashTable *live_roots;
G_LOCK_DEFINE_STATIC (live_roots);

/* The references a class declared go in dispose: its lists and the
 * objects it refers to, but not the links the model keeps itself
 * (read-only, such as a sub-item's parent), which are not owned. */
static void
pln_object_dispose (GObject *object)
{
  PlnObjectClass *klass = PLN_OBJECT_GET_CLASS (object);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PlnField *field = &klass->fields[i];

      if (field->kind == PLN_FIELD_LIST ||
          (field->kind == PLN_FIELD_OBJECT && !(field->flags & PLN_FIELD_READ_ONLY)))
        g_clear_object ((GObject **) G_STRUCT_MEMBER_P (object, field->offset));
    }

  G_OBJECT_CLASS (pln_object_parent_class)->dispose (object);
}

/* The memory: numbers, booleans and dates are in the struct itself. */
static void
pln_object_finalize (GObject *object)
{
  PlnObjectPrivate *priv = pln_object_get_instance_private (PLN_OBJECT (object));
  PlnObjectClass *klass = PLN_OBJECT_GET_CLASS (object);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PlnField *field = &klass->fields[i];
      gpointer p = G_STRUCT_MEMBER_P (object, field->offset);

      if (field->kind == PLN_FIELD_STRING)
        g_clear_pointer ((char **) p, g_free);
      else if (field->kind == PLN_FIELD_STRV)
        g_clear_pointer ((char ***) p, g_strfreev);
      else if (field->kind == PLN_FIELD_DATE_TIME)
        g_clear_pointer ((GDateTime **) p, g_date_time_unref);
    }

  if (priv->is_root)
    {
      G_LOCK (live_roots);
      g_hash_table_remove (live_roots, object);
      G_UNLOCK (live_roots);
    }
  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->changed_by, g_free);
  g_clear_pointer (&priv->changed_at, g_date_time_unref);
  g_clear_pointer (&priv->revision, g_rc_box_release);

  G_OBJECT_CLASS (pln_object_parent_class)->finalize (object);
}

/* One call for any property of any object, instead of a signal handler
 * on each of tens of thousands. Who changed the object and when is
 * stamped by a save, which is no edit of it. */
static void
pln_object_notify (GObject    *object,
                   GParamSpec *pspec)
{
  PlnObject *root;

  if (pln_object_is_bookkeeping (pspec))
    return;

  root = pln_object_get_root (PLN_OBJECT (object));

  if (root != NULL && PLN_OBJECT_GET_CLASS (root)->descendant_changed != NULL)
    PLN_OBJECT_GET_CLASS (root)->descendant_changed (root, PLN_OBJECT (object), pspec);
}

static void
pln_object_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PlnObjectPrivate *priv = pln_object_get_instance_private (PLN_OBJECT (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;

    case PROP_CHANGED_BY:
      g_value_set_string (value, priv->changed_by);
      break;

    case PROP_CHANGED_AT:
      g_value_set_boxed (value, priv->changed_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_object_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PlnObject *self = PLN_OBJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      pln_object_set_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_object_class_init (PlnObjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pln_object_dispose;
  object_class->finalize = pln_object_finalize;
  object_class->get_property = pln_object_get_property;
  object_class->set_property = pln_object_set_property;
  object_class->notify = pln_object_notify;

  /* Not notified: it is set once, while the object is made, and a
   * notification then would run every class's notify for each of the
   * hundreds of thousands of objects a load makes. */
  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /* Set by pln_object_set_changed(), from a save. */
  properties [PROP_CHANGED_BY] =
    g_param_spec_string ("changed-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CHANGED_AT] =
    g_param_spec_boxed ("changed-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  live_roots = g_hash_table_new (NULL, NULL);
}

static void
pln_object_init (PlnObject *self)
{
  PlnObjectPrivate *priv = pln_object_get_instance_private (self);

  priv->id = pln_model_new_id ();
  /* Objects read from a file or copied are made while "loading". */
  priv->unsaved = priv->id != NULL;
}

/* ------------------------------------------------------------ properties */

static PlnObjectClass *
field_class (GParamSpec *pspec)
{
  /* The class that declared the field, whatever the object's class. */
  return g_type_class_peek (pspec->owner_type);
}

static void
field_get_property (GObject    *object,
                    guint       prop_id,
                    GValue     *value,
                    GParamSpec *pspec)
{
  g_assert (prop_id >= 1 && prop_id <= field_class (pspec)->n_fields);

  pln_object_get_field_value (PLN_OBJECT (object), prop_id - 1, value);
}

static void
field_set_property (GObject      *object,
                    guint         prop_id,
                    const GValue *value,
                    GParamSpec   *pspec)
{
  g_assert (prop_id >= 1 && prop_id <= field_class (pspec)->n_fields);

  pln_object_set_field_value (PLN_OBJECT (object), prop_id - 1, value);
}

static GParamSpec *
field_pspec (const PlnField *field)
{
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  GType type = field->type_func != NULL ? field->type_func () : G_TYPE_INVALID;

  if (!(field->flags & PLN_FIELD_READ_ONLY))
    flags |= G_PARAM_WRITABLE | G_PARAM_EXPLICIT_NOTIFY;

  switch (field->kind)
    {
    case PLN_FIELD_STRING:
      return g_param_spec_string (field->name, field->nick, field->blurb, NULL, flags);
    case PLN_FIELD_INT:
      return g_param_spec_int (field->name, field->nick, field->blurb,
                               field->min, field->max, field->default_value, flags);
    case PLN_FIELD_UINT:
      return g_param_spec_uint (field->name, field->nick, field->blurb,
                                (guint) field->min, (guint) field->max,
                                (guint) field->default_value, flags);
    case PLN_FIELD_BOOL:
      return g_param_spec_boolean (field->name, field->nick, field->blurb,
                                   field->default_value != 0, flags);
    case PLN_FIELD_ENUM:
      return g_param_spec_enum (field->name, field->nick, field->blurb,
                                type, field->default_value, flags);
    case PLN_FIELD_FLAGS:
      return g_param_spec_flags (field->name, field->nick, field->blurb,
                                 type, (guint) field->default_value, flags);
    case PLN_FIELD_DATE:
      return g_param_spec_boxed (field->name, field->nick, field->blurb, G_TYPE_DATE, flags);
    case PLN_FIELD_DATE_TIME:
      return g_param_spec_boxed (field->name, field->nick, field->blurb, G_TYPE_DATE_TIME, flags);
    case PLN_FIELD_OBJECT:
      return g_param_spec_object (field->name, field->nick, field->blurb, type, flags);
    case PLN_FIELD_STRV:
      return g_param_spec_boxed (field->name, field->nick, field->blurb, G_TYPE_STRV, flags);
    case PLN_FIELD_LIST:
      /* The item type is the declaration's; the property is a list. */
      return g_param_spec_object (field->name, field->nick, field->blurb, G_TYPE_LIST_MODEL, flags);
    default:
      g_assert_not_reached ();
    }
}

/**
 * pln_object_class_install_fields:
 * @fields: (array length=n_fields): the class's fields, in the order of
 *   the workspace file; static, as the class keeps it
 *
 * Installs a property for each field and makes the class's
 * get_property and set_property go through the table. Called once from
 * class_init.
 */
void
pln_object_class_install_fields (PlnObjectClass *klass,
                                 const PlnField *fields,
                                 guint           n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (PLN_IS_OBJECT_CLASS (klass));
  g_return_if_fail (klass->fields == NULL);
  /* The reader marks the members it saw in a 64-bit mask. */
  g_return_if_fail (n_fields <= 64);

  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->pspecs = g_new0 (GParamSpec *, n_fields + 1);
  klass->members = g_new0 (const char *, n_fields + 1);

  object_class->get_property = field_get_property;
  object_class->set_property = field_set_property;

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *member = g_strdelimit (g_strdup (fields[i].name), "-", '_');

      /* Enums and flags are read by nick from the file: keep their class. */
      if (fields[i].kind == PLN_FIELD_ENUM || fields[i].kind == PLN_FIELD_FLAGS)
        g_type_class_ref (fields[i].type_func ());

      klass->members[i] = g_intern_string (member);
      klass->pspecs[i] = field_pspec (&fields[i]);
      g_object_class_install_property (object_class, i + 1, klass->pspecs[i]);
    }
}

/**
 * pln_object_class_get_fields:
 *
 * Returns: (array length=n_fields): the fields @klass declared
 */
const PlnField *
pln_object_class_get_fields (PlnObjectClass *klass,
                             guint          *n_fields)
{
  g_return_val_if_fail (PLN_IS_OBJECT_CLASS (klass), NULL);

  if (n_fields != NULL)
    *n_fields = klass->n_fields;
  return klass->fields;
}

GParamSpec *
pln_object_class_get_pspec (PlnObjectClass *klass,
                            guint           index)
{
  g_return_val_if_fail (PLN_IS_OBJECT_CLASS (klass), NULL);
  g_return_val_if_fail (index < klass->n_fields, NULL);

  return klass->pspecs[index];
}

/**
 * pln_object_class_get_member:
 *
 * Returns: the field's member in the workspace file ("first_day")
 */
const char *
pln_object_class_get_member (PlnObjectClass *klass,
                             guint           index)
{
  g_return_val_if_fail (PLN_IS_OBJECT_CLASS (klass), NULL);
  g_return_val_if_fail (index < klass->n_fields, NULL);

  return klass->members[index];
}

/* ---------------------------------------------------------------- fields */

/**
 * pln_object_get_field_pointer:
 *
 * Returns: where field @index of @self's class is in the instance struct
 */
gpointer
pln_object_get_field_pointer (PlnObject *self,
                              guint      index)
{
  PlnObjectClass *klass = PLN_OBJECT_GET_CLASS (self);

  g_return_val_if_fail (index < klass->n_fields, NULL);

  return G_STRUCT_MEMBER_P (self, klass->fields[index].offset);
}

void
pln_object_get_field_value (PlnObject *self,
                            guint      index,
                            GValue    *value)
{
  const PlnField *field = &PLN_OBJECT_GET_CLASS (self)->fields[index];
  gpointer p = pln_object_get_field_pointer (self, index);

  switch (field->kind)
    {
    case PLN_FIELD_STRING: g_value_set_string (value, *(char **) p); break;
    case PLN_FIELD_INT: g_value_set_int (value, *(int *) p); break;
    case PLN_FIELD_UINT: g_value_set_uint (value, *(guint *) p); break;
    case PLN_FIELD_BOOL: g_value_set_boolean (value, *(gboolean *) p); break;
    case PLN_FIELD_ENUM: g_value_set_enum (value, *(int *) p); break;
    case PLN_FIELD_FLAGS: g_value_set_flags (value, *(guint *) p); break;
    case PLN_FIELD_DATE: g_value_set_boxed (value, g_date_valid (p) ? p : NULL); break;
    case PLN_FIELD_DATE_TIME: g_value_set_boxed (value, *(GDateTime **) p); break;
    case PLN_FIELD_STRV: g_value_set_boxed (value, *(char ***) p); break;
    case PLN_FIELD_OBJECT:
    case PLN_FIELD_LIST: g_value_set_object (value, *(GObject **) p); break;
    default: g_assert_not_reached ();
    }
}

void
pln_object_set_field_value (PlnObject    *self,
                            guint         index,
                            const GValue *value)
{
  switch (PLN_OBJECT_GET_CLASS (self)->fields[index].kind)
    {
    case PLN_FIELD_STRING: pln_object_set_string (self, index, g_value_get_string (value)); break;
    case PLN_FIELD_INT: pln_object_set_int (self, index, g_value_get_int (value)); break;
    case PLN_FIELD_UINT: pln_object_set_uint (self, index, g_value_get_uint (value)); break;
    case PLN_FIELD_BOOL: pln_object_set_bool (self, index, g_value_get_boolean (value)); break;
    case PLN_FIELD_ENUM: pln_object_set_int (self, index, g_value_get_enum (value)); break;
    case PLN_FIELD_FLAGS: pln_object_set_uint (self, index, g_value_get_flags (value)); break;
    case PLN_FIELD_DATE: pln_object_set_date (self, index, g_value_get_boxed (value)); break;
    case PLN_FIELD_DATE_TIME: pln_object_set_date_time (self, index, g_value_get_boxed (value)); break;
    case PLN_FIELD_STRV: pln_object_set_strv (self, index, g_value_get_boxed (value)); break;
    case PLN_FIELD_OBJECT: pln_object_set_object (self, index, g_value_get_object (value)); break;
    case PLN_FIELD_LIST:
    default: g_assert_not_reached ();
    }
}

static void
notify_field (PlnObject *self,
              guint      index)
{
  g_object_notify_by_pspec (G_OBJECT (self), PLN_OBJECT_GET_CLASS (self)->pspecs[index]);
}

void
pln_object_set_string (PlnObject  *self,
                       guint       index,
                       const char *value)
{
  if (pln_set_string (pln_object_get_field_pointer (self, index), value))
    notify_field (self, index);
}

void
pln_object_set_int (PlnObject *self,
                    guint      index,
                    int        value)
{
  int *field = pln_object_get_field_pointer (self, index);

  if (*field != value)
    {
      *field = value;
      notify_field (self, index);
    }
}

void
pln_object_set_uint (PlnObject *self,
                     guint      index,
                     guint      value)
{
  guint *field = pln_object_get_field_pointer (self, index);

  if (*field != value)
    {
      *field = value;
      notify_field (self, index);
    }
}

void
pln_object_set_bool (PlnObject *self,
                     guint      index,
                     gboolean   value)
{
  gboolean *field = pln_object_get_field_pointer (self, index);

  value = !!value;
  if (*field != value)
    {
      *field = value;
      notify_field (self, index);
    }
}

void
pln_object_set_date (PlnObject   *self,
                     guint        index,
                     const GDate *value)
{
  if (pln_set_date (pln_object_get_field_pointer (self, index), value))
    notify_field (self, index);
}

void
pln_object_set_date_time (PlnObject *self,
                          guint      index,
                          GDateTime *value)
{
  if (pln_set_date_time (pln_object_get_field_pointer (self, index), value))
    notify_field (self, index);
}

/* An empty list is stored as none, as an empty string is. */
void
pln_object_set_strv (PlnObject          *self,
                     guint               index,
                     const char * const *value)
{
  char ***field = pln_object_get_field_pointer (self, index);

  if (value != NULL && value[0] == NULL)
    value = NULL;

  if (value == NULL && *field == NULL)
    return;
  if (value != NULL && *field != NULL && g_strv_equal ((const char * const *) *field, value))
    return;

  g_strfreev (*field);
  *field = g_strdupv ((char **) value);
  notify_field (self, index);
}

void
pln_object_set_object (PlnObject *self,
                       guint      index,
                       gpointer   value)
{
  GObject **field = pln_object_get_field_pointer (self, index);

  if (g_set_object (field, value))
    notify_field (self, index);
}

/**
 * pln_object_init_fields:
 *
 * Gives every field of @self its declared default, and each list its
 * empty store. Called from the instance init of each class: during
 * PlnObject's own init the object does not have its class yet.
 */
void
pln_object_init_fields (PlnObject *self)
{
  PlnObjectClass *klass = PLN_OBJECT_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PlnField *field = &klass->fields[i];
      gpointer p = G_STRUCT_MEMBER_P (self, field->offset);

      switch (field->kind)
        {
        case PLN_FIELD_INT:
        case PLN_FIELD_ENUM:
          *(int *) p = field->default_value;
          break;
        case PLN_FIELD_UINT:
        case PLN_FIELD_FLAGS:
          *(guint *) p = (guint) field->default_value;
          break;
        case PLN_FIELD_BOOL:
          *(gboolean *) p = field->default_value != 0;
          break;
        case PLN_FIELD_DATE:
          g_date_clear (p, 1);
          break;
        case PLN_FIELD_LIST:
          *(GListStore **) p = g_list_store_new (field->type_func ());
          break;
        case PLN_FIELD_STRING:
        case PLN_FIELD_DATE_TIME:
        case PLN_FIELD_OBJECT:
        case PLN_FIELD_STRV:
        default:
          break;
        }
    }
}

/* ------------------------------------------------------------ id and root */

/**
 * pln_object_get_id:
 *
 * Returns: the stable identifier other objects and files refer to
 */
const char *
pln_object_get_id (PlnObject *self)
{
  PlnObjectPrivate *priv = pln_object_get_instance_private (self);

  g_return_val_if_fail (PLN_IS_OBJECT (self), NULL);

  return priv->id;
}

void
pln_object_set_id (PlnObject  *self,
                   const char *id)
{
  PlnObjectPrivate *priv = pln_object_get_instance_private (self);

  /* An object given no id keeps the random one it has. */
  if (id == NULL || *id == '\0')
    return;

  g_free (priv->id);
  priv->id = g_strdup (id);
}

/* ------------------------------------------------------ who changed it */

/**
 * pln_object_get_changed_by:
 *
 * Returns: (nullable): the name of who saved the last change of @self
 */
const char *
pln_object_get_changed_by (PlnObject *self)
{
  PlnObjectPrivate *priv = pln_object_get_instance_private (self);

  g_return_val_if_fail (PLN_IS_OBJECT (self), NULL);

  return priv->changed_by;
}

/**
 * pln_object_get_changed_at:
 *
 * Returns: (nullable) (transfer none): when the last change of @self was
 *   saved
 */
GDateTime *
pln_object_get_changed_at (PlnObject *self)
{
  PlnObjectPrivate *priv = pln_object_get_instance_private (self);

  g_return_val_if_fail (PLN_IS_OBJECT (self), NULL);

  return priv->changed_at;
}

/**
 * pln_object_set_changed:
 * @by: (nullable): who changed it
 * @at: (nullable): when
 *
 * Records who changed @self and when. This is bookkeeping, not an edit:
 * the workspace is not told (a save that stamps the objects it writes
 * would otherwise never end), but the count of edits of the object's
 * branch moves on, so its text in the file is written again.
 */
void
pln_object_set_changed (PlnObject  *self,
                        const char *by,
                        GDateTime  *at)
{
  PlnObjectPrivate *priv = pln_object_get_instance_private (self);
  gboolean by_changed, at_changed;

  g_return_if_fail (PLN_IS_OBJECT (self));

  priv->unsaved = FALSE;
  by_changed = pln_set_string (&priv->changed_by, by);
  at_changed = pln_set_date_time (&priv->changed_at, at);
  if (!by_changed && !at_changed)
    return;

  pln_object_bump_revision (priv->revision);
  if (by_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CHANGED_BY]);
  if (at_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CHANGED_AT]);
}

/* The same for an object nobody watches yet, fresh from a file or a
 * copy: nothing is notified. */
void
pln_object_init_changed (PlnObject  *self,
                         const char *by,
                         GDateTime  *at)
{
  PlnObjectPrivate *priv = pln_object_get_instance_private (self);

  pln_set_string (&priv->changed_by, by);
  pln_set_date_time (&priv->changed_at, at);
}

/* Whether @pspec is one of the stamps of pln_object_set_changed(). */
gboolean
pln_object_is_bookkeeping (GParamSpec *pspec)
{
  return pspec == properties [PROP_CHANGED_BY] || pspec == properties [PROP_CHANGED_AT];
}

/* Whether @self was made here and no save has stamped it yet. */
gboolean
pln_object_is_unsaved (PlnObject *self)
{
  PlnObjectPrivate *priv = pln_object_get_instance_private (self);

  return priv->unsaved;
}

/* The workspace an object is in, if it is in one that is alive. */
PlnObject *
pln_object_get_root (PlnObject *self)
{
  PlnObjectPrivate *priv = pln_object_get_instance_private (self);
  gboolean alive;

  g_return_val_if_fail (PLN_IS_OBJECT (self), NULL);

  if (priv->root == NULL)
    return NULL;

  G_LOCK (live_roots);
  alive = g_hash_table_contains (live_roots, priv->root);
  G_UNLOCK (live_roots);

  return alive ? priv->root : NULL;
}

/* Sets which tree @self is in; a root is its own. A root is not
 * referenced: it forgets itself when it is finalized. */
void
pln_object_set_root (PlnObject *self,
                     PlnObject *root)
{
  PlnObjectPrivate *priv = pln_object_get_instance_private (self);

  priv->root = root;
  if (root == self && !priv->is_root)
    {
      priv->is_root = TRUE;
      G_LOCK (live_roots);
      g_hash_table_add (live_roots, self);
      G_UNLOCK (live_roots);
    }
}

/* A branch is a child of the root (a meeting, a working group) with
 * everything inside it. Its objects share one count of edits, which the
 * root increments for any change in the branch
 * (pln_object_bump_revision()), so what was derived from a whole meeting
 * (its text in the file, pln-json-snapshot.c) knows when it is stale. The
 * count is a reference-counted box rather than a pointer to the branch:
 * an object can outlive its meeting (kept for an Undo). */

/* Puts @self in the branch of @revision, or makes it a branch of its own
 * when @revision is %NULL. */
void
pln_object_set_revision_box (PlnObject *self,
                             guint     *revision)
{
  PlnObjectPrivate *priv = pln_object_get_instance_private (self);

  if (revision == NULL)
    {
      if (priv->is_branch)
        return;
      g_clear_pointer (&priv->revision, g_rc_box_release);
      priv->revision = g_rc_box_new0 (guint);
      priv->is_branch = TRUE;
      return;
    }

  if (priv->revision == revision)
    return;

  g_clear_pointer (&priv->revision, g_rc_box_release);
  priv->revision = g_rc_box_acquire (revision);
  priv->is_branch = FALSE;
}

/* Returns: (transfer none) (nullable): the count of @self's branch */
guint *
pln_object_get_revision_box (PlnObject *self)
{
  PlnObjectPrivate *priv = pln_object_get_instance_private (self);

  return priv->revision;
}

/**
 * pln_object_get_revision:
 *
 * Returns: the count of edits in the branch of @self; a new value means
 *   something in it changed
 */
guint
pln_object_get_revision (PlnObject *self)
{
  PlnObjectPrivate *priv = pln_object_get_instance_private (self);

  g_return_val_if_fail (PLN_IS_OBJECT (self), 0);

  return priv->revision != NULL ? *priv->revision : 0;
}

void
pln_object_bump_revision (guint *revision)
{
  if (revision != NULL)
    (*revision)++;
}

/* While a file is read, every object gets the id written in the file, so
 * making a random one first would be wasted: a large workspace has tens of
 * thousands of objects. Per thread, as the store loads in a worker. */
static _Thread_local gboolean loading;

void
pln_model_set_loading (gboolean is_loading)
{
  loading = is_loading;
}

/* Where new ids come from when they must be the same from run to run
 * (the synthetic workspaces of pln-synth.c); per thread, as above. */
static _Thread_local GRand *id_source;

void
pln_model_set_id_source (GRand *rand)
{
  id_source = rand;
}

char *
pln_model_new_id (void)
{
  guint32 r[6];

  if (loading)
    return NULL;
  if (id_source == NULL)
    return g_uuid_string_random ();

  /* The form of a random UUID, version 4, from @id_source; drawn in
   * order, as arguments are evaluated in none. */
  for (guint i = 0; i < G_N_ELEMENTS (r); i++)
    r[i] = g_rand_int (id_source);

  return g_strdup_printf ("%08x-%04x-4%03x-%04x-%04x%08x",
                          r[0], r[1] & 0xffff, r[2] & 0xfff, 0x8000 | (r[3] & 0x3fff), r[4] & 0xffff, r[5]);
}

/* ----------------------------------------------------------------- lists */

/* Inserts @item at @position, or at the end when @position is past it. */
void
pln_object_list_insert (GListStore *store,
                        guint       position,
                        gpointer    item)
{
  guint n_items;

  g_return_if_fail (G_IS_LIST_STORE (store));
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, g_list_model_get_item_type (G_LIST_MODEL (store))));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_list_store_insert (store, MIN (position, n_items), item);
}

/* Returns the position the item had, which an Undo needs to put it back
 * in its place, or -1. */
int
pln_object_list_remove (GListStore *store,
                        gpointer    item)
{
  guint position;

  g_return_val_if_fail (G_IS_LIST_STORE (store), -1);
  g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, g_list_model_get_item_type (G_LIST_MODEL (store))), -1);

  if (!g_list_store_find (store, item, &position))
    return -1;

  g_list_store_remove (store, position);
  return position;
}

gboolean
pln_object_list_move (GListStore *store,
                      gpointer    item,
                      guint       position)
{
  g_autoptr(GObject) hold = NULL;
  guint old;

  g_return_val_if_fail (G_IS_LIST_STORE (store), FALSE);
  g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, g_list_model_get_item_type (G_LIST_MODEL (store))), FALSE);

  if (!g_list_store_find (store, item, &old))
    return FALSE;

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (store)) - 1);
  if (old == position)
    return FALSE;

  hold = g_object_ref (item);
  g_list_store_remove (store, old);
  g_list_store_insert (store, position, item);
  return TRUE;
}

/**
 * pln_object_list_find:
 *
 * Returns: (transfer none) (nullable): the item of @list with @id
 */
gpointer
pln_object_list_find (GListModel *list,
                      const char *id)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (list), NULL);

  if (id == NULL)
    return NULL;

  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnObject) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (pln_object_get_id (item), id) == 0)
        return item;
    }

  return NULL;
}
