/* pln-publish-group.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-publish-group"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-publish-group.h"

/* The Preferences' rows of the published calendar: whether it is
 * published after each save, where, of which working group's meetings,
 * and Publish Now. They edit the workspace (its publish-* members), which
 * the calendar belongs to, not the user's settings: every officer of the
 * secretariat who opens the workspace publishes the same calendar. */

struct _PlnPublishGroup
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  GtkSwitch           *enabled_switch;
  AdwEntryRow         *location_row;
  AdwComboRow         *group_row;
  GtkStringList       *group_names;
  GtkWidget           *publish_button;

  /* Owned references */
  PlnWorkspace        *workspace;
  GBindingGroup       *bindings;       /* of the workspace */
  GPtrArray           *group_ids;      /* of the rows of group_row after "All" */
  gboolean             updating;       /* group_row is being filled */
};

G_DEFINE_FINAL_TYPE (PlnPublishGroup, pln_publish_group, ADW_TYPE_PREFERENCES_GROUP)

static void
add_toast (PlnPublishGroup *self,
           const char      *title)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (title));
}

/* "All Working Groups", then each working group, with the one chosen. */
static void
fill_groups (PlnPublishGroup *self)
{
  GListModel *groups = pln_workspace_get_working_groups (self->workspace);
  const char *chosen = pln_workspace_get_publish_working_group (self->workspace);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->group_names));
  guint selected = 0;

  self->updating = TRUE;
  g_ptr_array_set_size (self->group_ids, 0);
  gtk_string_list_splice (self->group_names, 0, n, NULL);
  gtk_string_list_append (self->group_names, _("All Working Groups"));
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (groups, i);

      gtk_string_list_append (self->group_names, pln_working_group_get_display_name (group));
      g_ptr_array_add (self->group_ids, g_strdup (pln_working_group_get_id (group)));
      if (g_strcmp0 (chosen, pln_working_group_get_id (group)) == 0)
        selected = i + 1;
    }
  adw_combo_row_set_selected (self->group_row, selected);
  self->updating = FALSE;
}

static void
group_selected_cb (PlnPublishGroup *self)
{
  guint selected = adw_combo_row_get_selected (self->group_row);

  if (self->updating || self->workspace == NULL)
    return;

  pln_workspace_set_publish_working_group (self->workspace,
                                           selected > 0 && selected <= self->group_ids->len
                                           ? g_ptr_array_index (self->group_ids, selected - 1) : NULL);
}

static void
location_apply_cb (PlnPublishGroup *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->location_row));
  g_autofree char *location = g_strstrip (g_strdup (text));

  if (self->workspace != NULL)
    pln_workspace_set_publish_location (self->workspace, *location != '\0' ? location : NULL);
}

static void
publish_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PlnPublishGroup) self = user_data;
  g_autoptr(GError) error = NULL;

  gtk_widget_set_sensitive (self->publish_button, TRUE);
  if (!pln_publish_calendar_finish (PLN_WORKSPACE (object), result, &error))
    add_toast (self, error->message);
  else
    add_toast (self, _("Calendar published"));
}

static void
publish_clicked_cb (PlnPublishGroup *self)
{
  if (self->workspace == NULL)
    return;

  /* What is typed counts, applied or not. */
  location_apply_cb (self);
  gtk_widget_set_sensitive (self->publish_button, FALSE);
  pln_publish_calendar_async (self->workspace, NULL, publish_done_cb, g_object_ref (self));
}

static void
pln_publish_group_dispose (GObject *object)
{
  PlnPublishGroup *self = PLN_PUBLISH_GROUP (object);

  pln_publish_group_set_workspace (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), PLN_TYPE_PUBLISH_GROUP);

  G_OBJECT_CLASS (pln_publish_group_parent_class)->dispose (object);
}

static void
pln_publish_group_finalize (GObject *object)
{
  PlnPublishGroup *self = PLN_PUBLISH_GROUP (object);

  g_clear_pointer (&self->group_ids, g_ptr_array_unref);
  g_clear_object (&self->bindings);

  G_OBJECT_CLASS (pln_publish_group_parent_class)->finalize (object);
}

static void
pln_publish_group_class_init (PlnPublishGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_publish_group_dispose;
  object_class->finalize = pln_publish_group_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-publish-group.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnPublishGroup, enabled_switch);
  gtk_widget_class_bind_template_child (widget_class, PlnPublishGroup, location_row);
  gtk_widget_class_bind_template_child (widget_class, PlnPublishGroup, group_row);
  gtk_widget_class_bind_template_child (widget_class, PlnPublishGroup, group_names);
  gtk_widget_class_bind_template_child (widget_class, PlnPublishGroup, publish_button);
  gtk_widget_class_bind_template_callback (widget_class, location_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, group_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, publish_clicked_cb);
}

static void
pln_publish_group_init (PlnPublishGroup *self)
{
  self->group_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "publish-enabled", self->enabled_switch, "active",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
}

/**
 * pln_publish_group_set_workspace:
 * @workspace: (nullable): the open workspace, whose calendar the rows edit
 */
void
pln_publish_group_set_workspace (PlnPublishGroup *self,
                                 PlnWorkspace    *workspace)
{
  g_return_if_fail (PLN_IS_PUBLISH_GROUP (self));
  g_return_if_fail (workspace == NULL || PLN_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  g_set_object (&self->workspace, workspace);
  g_binding_group_set_source (self->bindings, workspace);
  gtk_widget_set_sensitive (GTK_WIDGET (self), workspace != NULL);
  if (workspace == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->location_row),
                         pln_workspace_get_publish_location (workspace) ?: "");
  fill_groups (self);
}
