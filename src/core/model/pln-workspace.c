/* pln-workspace.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-workspace"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pln-enum-types.h"
#include "pln-model-private.h"
#include "pln-working-group.h"
#include "pln-meeting.h"
#include "pln-workspace.h"

/* Everything a secretariat keeps: working groups and their meetings. */

struct _PlnWorkspace
{
  GObject parent_instance;

  char *id;
  char *title;
  GListStore *working_groups;
  GListStore *meetings;
};

G_DEFINE_FINAL_TYPE (PlnWorkspace, pln_workspace, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_WORKING_GROUPS,
  PROP_MEETINGS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* The workspace emits "changed" for any edit anywhere inside it, so the
 * store can autosave and views can refresh without each of them watching
 * every object. Each object in the workspace carries a pointer to it
 * (pln_model_set_workspace), which the model classes' notify vfunc uses;
 * lists are watched for items-changed, and items added are marked as they
 * arrive. */

static void mark_object (PlnWorkspace *self,
                         GObject      *object);

void
pln_workspace_emit_changed (PlnWorkspace *self)
{
  g_signal_emit (self, signals [CHANGED], 0);
}

static void
list_items_changed_cb (GListModel   *list,
                       guint         position,
                       guint         removed,
                       guint         added,
                       PlnWorkspace *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      mark_object (self, item);
    }

  pln_workspace_emit_changed (self);
}

static void
mark_list (PlnWorkspace *self,
           GListModel   *list)
{
  guint n;

  if (g_object_get_data (G_OBJECT (list), "pln-workspace-list") == self)
    return;

  g_object_set_data (G_OBJECT (list), "pln-workspace-list", self);
  g_signal_connect_object (list, "items-changed", G_CALLBACK (list_items_changed_cb), self, 0);

  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      mark_object (self, item);
    }
}

static void
mark_object (PlnWorkspace *self,
             GObject      *object)
{
  const PlnFieldInfo *fields = pln_model_get_fields (G_OBJECT_TYPE (object));

  pln_model_set_workspace (object, self);

  for (const PlnFieldInfo *info = fields; info->member != NULL; info++)
    {
      if (info->kind == PLN_FIELD_LIST)
        mark_list (self, *(GListModel **) ((guint8 *) object + info->offset));
    }
}

static void
pln_workspace_finalize (GObject *object)
{
  PlnWorkspace *self = PLN_WORKSPACE (object);

  pln_model_set_workspace (object, NULL);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_object (&self->working_groups);
  g_clear_object (&self->meetings);

  G_OBJECT_CLASS (pln_workspace_parent_class)->finalize (object);
}

static void
pln_workspace_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PlnWorkspace *self = PLN_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_WORKING_GROUPS:
      g_value_set_object (value, self->working_groups);
      break;

    case PROP_MEETINGS:
      g_value_set_object (value, self->meetings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_workspace_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PlnWorkspace *self = PLN_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_ID:
      pln_set_id (&self->id, g_value_get_string (value));
      break;

    case PROP_TITLE:
      pln_workspace_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_workspace_class_init (PlnWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pln_workspace_finalize;
  object_class->get_property = pln_workspace_get_property;
  object_class->set_property = pln_workspace_set_property;
  object_class->notify = pln_model_notify;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_WORKING_GROUPS] =
    g_param_spec_object ("working-groups", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_MEETINGS] =
    g_param_spec_object ("meetings", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlnWorkspace::changed:
   *
   * Emitted after any change to the workspace or anything in it.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);


}

static void
pln_workspace_init (PlnWorkspace *self)
{
  self->id = pln_model_new_id ();
  self->working_groups = g_list_store_new (PLN_TYPE_WORKING_GROUP);
  self->meetings = g_list_store_new (PLN_TYPE_MEETING);

  mark_object (self, G_OBJECT (self));
}

PlnWorkspace *
pln_workspace_new (void)
{
  return g_object_new (PLN_TYPE_WORKSPACE, NULL);
}

/**
 * pln_workspace_get_id:
 *
 * Returns: the stable identifier other objects and files refer to
 */
const char *
pln_workspace_get_id (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  return self->id;
}

const char *
pln_workspace_get_title (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  return self->title;
}

void
pln_workspace_set_title (PlnWorkspace *self,
                         const char *title)
{
  g_return_if_fail (PLN_IS_WORKSPACE (self));
  if (pln_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

/**
 * pln_workspace_get_working_groups:
 *
 * Returns: (transfer none): the working groups, a list of #PlnWorkingGroup
 */
GListModel *
pln_workspace_get_working_groups (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->working_groups);
}

void
pln_workspace_append_working_group (PlnWorkspace *self,
                                    PlnWorkingGroup *working_group)
{
  g_return_if_fail (PLN_IS_WORKSPACE (self));
  g_return_if_fail (PLN_IS_WORKING_GROUP (working_group));

  pln_workspace_insert_working_group (self, g_list_model_get_n_items (G_LIST_MODEL (self->working_groups)), working_group);
}

void
pln_workspace_insert_working_group (PlnWorkspace *self,
                                    guint            position,
                                    PlnWorkingGroup *working_group)
{
  guint n_items;

  g_return_if_fail (PLN_IS_WORKSPACE (self));
  g_return_if_fail (PLN_IS_WORKING_GROUP (working_group));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->working_groups));
  g_list_store_insert (self->working_groups, MIN (position, n_items), working_group);
}

/**
 * pln_workspace_remove_working_group:
 *
 * Returns: the position @working_group had, for undo, or -1 if it was not there
 */
int
pln_workspace_remove_working_group (PlnWorkspace *self,
                                    PlnWorkingGroup *working_group)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), -1);
  g_return_val_if_fail (PLN_IS_WORKING_GROUP (working_group), -1);

  return pln_list_store_remove_item (self->working_groups, working_group);
}

gboolean
pln_workspace_move_working_group (PlnWorkspace *self,
                                  PlnWorkingGroup *working_group,
                                  guint            position)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (PLN_IS_WORKING_GROUP (working_group), FALSE);

  return pln_list_store_move_item (self->working_groups, working_group, position);
}

/**
 * pln_workspace_get_meetings:
 *
 * Returns: (transfer none): the meetings of all working groups, a list of #PlnMeeting
 */
GListModel *
pln_workspace_get_meetings (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->meetings);
}

void
pln_workspace_append_meeting (PlnWorkspace *self,
                              PlnMeeting *meeting)
{
  g_return_if_fail (PLN_IS_WORKSPACE (self));
  g_return_if_fail (PLN_IS_MEETING (meeting));

  pln_workspace_insert_meeting (self, g_list_model_get_n_items (G_LIST_MODEL (self->meetings)), meeting);
}

void
pln_workspace_insert_meeting (PlnWorkspace *self,
                              guint       position,
                              PlnMeeting *meeting)
{
  guint n_items;

  g_return_if_fail (PLN_IS_WORKSPACE (self));
  g_return_if_fail (PLN_IS_MEETING (meeting));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->meetings));
  g_list_store_insert (self->meetings, MIN (position, n_items), meeting);
}

/**
 * pln_workspace_remove_meeting:
 *
 * Returns: the position @meeting had, for undo, or -1 if it was not there
 */
int
pln_workspace_remove_meeting (PlnWorkspace *self,
                              PlnMeeting *meeting)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), -1);
  g_return_val_if_fail (PLN_IS_MEETING (meeting), -1);

  return pln_list_store_remove_item (self->meetings, meeting);
}

gboolean
pln_workspace_move_meeting (PlnWorkspace *self,
                            PlnMeeting *meeting,
                            guint       position)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (PLN_IS_MEETING (meeting), FALSE);

  return pln_list_store_move_item (self->meetings, meeting, position);
}

/**
 * pln_workspace_find_meeting:
 *
 * Returns: (transfer none) (nullable): the meeting with @id
 */
PlnMeeting *
pln_workspace_find_meeting (PlnWorkspace *self,
                            const char   *id)
{
  guint n;

  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->meetings));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->meetings), i);

      if (g_strcmp0 (pln_meeting_get_id (meeting), id) == 0)
        return meeting;
    }

  return NULL;
}

/**
 * pln_workspace_find_working_group:
 *
 * Returns: (transfer none) (nullable): the working group with @id
 */
PlnWorkingGroup *
pln_workspace_find_working_group (PlnWorkspace *self,
                                  const char   *id)
{
  guint n;

  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->working_groups));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (G_LIST_MODEL (self->working_groups), i);

      if (g_strcmp0 (pln_working_group_get_id (group), id) == 0)
        return group;
    }

  return NULL;
}

/**
 * pln_workspace_dup_meetings_of:
 *
 * Returns: (transfer full): the meetings of @group, newest first
 */
GListStore *
pln_workspace_dup_meetings_of (PlnWorkspace    *self,
                               PlnWorkingGroup *group)
{
  GListStore *result;
  guint n;

  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  result = g_list_store_new (PLN_TYPE_MEETING);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->meetings));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->meetings), i);

      if (pln_meeting_get_working_group (meeting) == group)
        g_list_store_insert_sorted (result, meeting, pln_meeting_compare_newest_first, NULL);
    }

  return result;
}

/**
 * pln_meeting_compare_newest_first:
 *
 * A #GCompareDataFunc ordering meetings by first day, newest first.
 */
int
pln_meeting_compare_newest_first (gconstpointer a,
                                  gconstpointer b,
                                  gpointer      user_data)
{
  const GDate *da = pln_meeting_get_first_day ((PlnMeeting *) a);
  const GDate *db = pln_meeting_get_first_day ((PlnMeeting *) b);

  if (da == NULL || db == NULL)
    return (da == NULL) - (db == NULL);

  return g_date_compare (db, da);
}

/* The fields as the workspace file has them, for pln-json.c. */
const PlnFieldInfo pln_workspace_fields[] = {
  { "id", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkspace, id), NULL, 0, 0 },
  { "title", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkspace, title), NULL, 0, 0 },
  { "working_groups", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnWorkspace, working_groups), pln_working_group_get_type, 0, 0 },
  { "meetings", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnWorkspace, meetings), pln_meeting_get_type, 0, 0 },
  { NULL }
};
