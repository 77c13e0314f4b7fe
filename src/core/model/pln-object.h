/* pln-object.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What a field of a model class holds. */
typedef enum
{
  PLN_FIELD_STRING,
  PLN_FIELD_INT,
  PLN_FIELD_UINT,
  PLN_FIELD_BOOL,
  PLN_FIELD_ENUM,
  PLN_FIELD_FLAGS,
  PLN_FIELD_DATE,
  PLN_FIELD_DATE_TIME,
  PLN_FIELD_OBJECT,
  PLN_FIELD_LIST,
  /* A list of strings (ids of objects elsewhere in the workspace). */
  PLN_FIELD_STRV,
} PlnFieldKind;

typedef enum
{
  PLN_FIELD_DEFAULT     = 0,
  /* A readable property only: lists (edited through their functions)
   * and links the model keeps itself (a sub-item's parent). */
  PLN_FIELD_READ_ONLY   = 1 << 0,
  /* Not a member of the workspace file. */
  PLN_FIELD_NOT_IN_JSON = 1 << 1,
  /* A file whose object lacks the member is refused. */
  PLN_FIELD_REQUIRED    = 1 << 2,
  /* A time the model stamps on any edit of the object: when both sides
   * of a merge changed it, the later is kept, without a conflict. */
  PLN_FIELD_LATEST      = 1 << 3,
  /* Left out of the file at its default (an enum, a boolean) or empty (a
   * list): a member of some files only, such as a public edition's, or
   * added after files were written, that does not change the bytes of the
   * others. */
  PLN_FIELD_OMIT_DEFAULT = 1 << 4,
} PlnFieldFlags;

/* One field of a model class, declared once: its property, its member in
 * the workspace file (the name with dashes as underscores) and its place
 * in the instance struct all come from here. @type_func is the enum or
 * flags type, the class an object field refers to, or the item type of a
 * list. @min, @max and @default_value are for numbers, @default_value
 * also for enums, flags and booleans. */
typedef struct
{
  const char     *name;
  PlnFieldKind    kind;
  gsize           offset;
  GType         (*type_func) (void);
  int             min;
  int             max;
  int             default_value;
  PlnFieldFlags   flags;
  const char     *nick;
  const char     *blurb;
} PlnField;

#define PLN_TYPE_OBJECT (pln_object_get_type ())

G_DECLARE_DERIVABLE_TYPE (PlnObject, pln_object, PLN, OBJECT, GObject)

struct _PlnObjectClass
{
  GObjectClass parent_class;

  /* Called on the root of a tree of objects (the workspace) when any
   * object in it changed, including the root itself. */
  void (*descendant_changed) (PlnObject  *self,
                              PlnObject  *object,
                              GParamSpec *pspec);

  /*< private >*/
  const PlnField  *fields;
  guint            n_fields;
  GParamSpec     **pspecs;
  const char     **members;

  gpointer         padding[8];
};

void            pln_object_class_install_fields (PlnObjectClass  *klass,
                                                 const PlnField  *fields,
                                                 guint            n_fields);
const PlnField *pln_object_class_get_fields     (PlnObjectClass  *klass,
                                                 guint           *n_fields);
GParamSpec     *pln_object_class_get_pspec      (PlnObjectClass  *klass,
                                                 guint            index);
const char     *pln_object_class_get_member     (PlnObjectClass  *klass,
                                                 guint            index);

void            pln_object_init_fields          (PlnObject       *self);

const char     *pln_object_get_id               (PlnObject       *self);
PlnObject      *pln_object_get_root             (PlnObject       *self);
guint           pln_object_get_revision         (PlnObject       *self);

const char     *pln_object_get_changed_by       (PlnObject       *self);
GDateTime      *pln_object_get_changed_at       (PlnObject       *self);
void            pln_object_set_changed          (PlnObject       *self,
                                                 const char      *by,
                                                 GDateTime       *at);
gboolean        pln_object_is_bookkeeping       (GParamSpec      *pspec);

gpointer        pln_object_get_field_pointer    (PlnObject       *self,
                                                 guint            index);
void            pln_object_get_field_value      (PlnObject       *self,
                                                 guint            index,
                                                 GValue          *value);
void            pln_object_set_field_value      (PlnObject       *self,
                                                 guint            index,
                                                 const GValue    *value);

/* Setters for the typed accessors of the classes: they store the value of
 * field @index and notify only when it changed. */
void            pln_object_set_string           (PlnObject       *self,
                                                 guint            index,
                                                 const char      *value);
void            pln_object_set_int              (PlnObject       *self,
                                                 guint            index,
                                                 int              value);
void            pln_object_set_uint             (PlnObject       *self,
                                                 guint            index,
                                                 guint            value);
void            pln_object_set_bool             (PlnObject       *self,
                                                 guint            index,
                                                 gboolean         value);
void            pln_object_set_date             (PlnObject       *self,
                                                 guint            index,
                                                 const GDate     *value);
void            pln_object_set_date_time        (PlnObject       *self,
                                                 guint            index,
                                                 GDateTime       *value);
void            pln_object_set_object           (PlnObject       *self,
                                                 guint            index,
                                                 gpointer         value);
void            pln_object_set_strv             (PlnObject       *self,
                                                 guint            index,
                                                 const char * const *value);

/* Comparing and copying, from the field tables (pln-object-copy.c). */
gboolean        pln_object_field_equal          (PlnObject       *a,
                                                 PlnObject       *b,
                                                 guint            index);
gboolean        pln_object_equal                (PlnObject       *a,
                                                 PlnObject       *b);
gboolean        pln_object_changed_equal        (PlnObject       *a,
                                                 PlnObject       *b);
PlnObject      *pln_object_copy                 (PlnObject       *self);
void            pln_object_add_ids              (PlnObject       *self,
                                                 GHashTable      *ids);
guint           pln_object_remap_references     (PlnObject       *self,
                                                 GHashTable      *ids);

/* The child lists of a model object share these. */
void            pln_object_list_insert          (GListStore      *store,
                                                 guint            position,
                                                 gpointer         item);
int             pln_object_list_remove          (GListStore      *store,
                                                 gpointer         item);
gboolean        pln_object_list_move            (GListStore      *store,
                                                 gpointer         item,
                                                 guint            position);
gpointer        pln_object_list_find            (GListModel      *list,
                                                 const char      *id);

G_END_DECLS
