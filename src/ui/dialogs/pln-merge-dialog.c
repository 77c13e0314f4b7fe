/* pln-merge-dialog.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-merge-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pln-accessible.h"
#include "pln-format.h"
#include "pln-merge-dialog.h"
#include "pln-merge-labels.h"

/* The conflicts of a merge with someone else's changes (pln_store_get_merge()),
 * one row each: where, which field, and the two versions to choose from,
 * the store's current choice chosen. Keep These gives the workspace the
 * choices, ends the merge and saves through the window's win.save; Cancel
 * (or Escape) leaves the merge waiting, as the banner does. */

struct _PlnMergeDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *conflicts_group;

  /* Owned references */
  PlnStore            *store;
  PlnMerge            *merge;
  GPtrArray           *theirs_buttons;   /* the "Theirs" check button of each conflict */
};

G_DEFINE_FINAL_TYPE (PlnMergeDialog, pln_merge_dialog, ADW_TYPE_WINDOW)

/* "meetings[3].recommendations[2]" as "Meeting 4 › Recommendation 3";
 * a path of anything else is shown as it is. */
static char *
readable_path (const char *path)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (path == NULL || *path == '\0')
    /* Translators: where a merge conflict is when it is in the workspace itself */
    return g_strdup (_("Workspace"));

  parts = g_strsplit (path, ".", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *open = strchr (parts[i], '[');
      g_autofree char *member = NULL;
      const char *name;
      guint64 index;
      char *end = NULL;

      if (open == NULL)
        return g_strdup (path);
      member = g_strndup (parts[i], open - parts[i]);
      index = g_ascii_strtoull (open + 1, &end, 10);
      if (end == open + 1 || g_strcmp0 (end, "]") != 0 || (name = pln_merge_collection_label (member)) == NULL)
        return g_strdup (path);

      if (text->len > 0)
        g_string_append (text, " › ");
      /* Translators: an object a merge conflict is in: "Meeting 4"; %s is its kind, %u its number */
      g_string_append_printf (text, C_("merge conflict", "%s %u"), name, (guint) MIN (index + 1, G_MAXUINT));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *side_value_text (const char *value,
                              gboolean    mine);

/* Where a side moved the object: under what. */
static char *
side_place_text (const char *owner,
                 gboolean    mine)
{
  return mine
         /* Translators: the choice of a merge conflict keeping the object where you moved it; %s is what it is under */
         ? g_strdup_printf (_("Yours: under %s"), owner)
         /* Translators: the choice of a merge conflict moving the object where someone else moved it; %s is what it is under */
         : g_strdup_printf (_("Theirs: under %s"), owner);
}

/* What a side has, for its choice's label, with who changed it and
 * when, if known. */
static char *
side_text (const PlnMergeConflict *conflict,
           const char             *value,
           gboolean                mine)
{
  g_autofree char *text = conflict->kind == PLN_MERGE_CONFLICT_MOVED
                          ? side_place_text (value, mine)
                          : side_value_text (value, mine);
  g_autofree char *changed = pln_format_change (mine ? conflict->mine_by : conflict->theirs_by,
                                                mine ? conflict->mine_at : conflict->theirs_at,
                                                NULL);

  if (changed == NULL)
    return g_steal_pointer (&text);
  /* Translators: a side of a merge conflict, then who changed it and when: "Theirs: … (Changed by Li Wei at 15:05)" */
  return g_strdup_printf (_("%s (%s)"), text, changed);
}

static char *
side_value_text (const char *value,
                 gboolean    mine)
{
  if (value == NULL)
    return g_strdup (mine
                     /* Translators: the choice of a merge conflict where you deleted the object */
                     ? _("Yours: deleted")
                     /* Translators: the choice of a merge conflict where someone else deleted the object */
                     : _("Theirs: deleted"));
  if (*value == '\0')
    return g_strdup (mine
                     /* Translators: the choice of a merge conflict where your value is empty */
                     ? _("Yours: (empty)")
                     /* Translators: the choice of a merge conflict where their value is empty */
                     : _("Theirs: (empty)"));
  return mine
         /* Translators: the choice of a merge conflict keeping your value; %s is the value */
         ? g_strdup_printf (_("Yours: %s"), value)
         /* Translators: the choice of a merge conflict keeping someone else's value; %s is the value */
         : g_strdup_printf (_("Theirs: %s"), value);
}

/* A check button whose label wraps to three lines at most. */
static GtkWidget *
choice_button (const char *text)
{
  GtkWidget *button = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (button), label);
  pln_accessible_set_label (button, text);
  return button;
}

static GtkWidget *
conflict_row (const PlnMergeConflict *conflict,
              GtkWidget             **theirs_button)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *where_label;
  GtkWidget *field_label;
  GtkWidget *mine;
  GtkWidget *theirs;
  g_autofree char *where = readable_path (conflict->path);
  g_autofree char *field = NULL;
  g_autofree char *mine_text = side_text (conflict, conflict->mine, TRUE);
  g_autofree char *theirs_text = side_text (conflict, conflict->theirs, FALSE);
  g_autofree char *title = NULL;

  if (conflict->member != NULL)
    {
      const char *label = pln_merge_field_label (conflict->type, conflict->member);

      /* Translators: a field two people changed that has no name for people (a newer version's) */
      field = g_strdup (label != NULL ? label : _("Another field"));
    }
  else if (conflict->kind == PLN_MERGE_CONFLICT_MOVED)
    /* Translators: a merge conflict where you and someone else moved the same object to different places */
    field = g_strdup (_("You and someone else moved it to different places"));
  else if (conflict->kind == PLN_MERGE_CONFLICT_DELETED_BY_MINE)
    /* Translators: a merge conflict where you deleted an object someone else changed */
    field = g_strdup (_("You deleted it; someone else changed it"));
  else
    /* Translators: a merge conflict where someone else deleted an object you changed */
    field = g_strdup (_("Someone else deleted it; you changed it"));

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  where_label = gtk_label_new (where);
  gtk_label_set_xalign (GTK_LABEL (where_label), 0);
  gtk_label_set_wrap (GTK_LABEL (where_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (where_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (where_label, "heading");
  gtk_box_append (GTK_BOX (box), where_label);

  field_label = gtk_label_new (field);
  gtk_label_set_xalign (GTK_LABEL (field_label), 0);
  gtk_label_set_wrap (GTK_LABEL (field_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (field_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (field_label, "dim-label");
  gtk_box_append (GTK_BOX (box), field_label);

  mine = choice_button (mine_text);
  theirs = choice_button (theirs_text);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (theirs), GTK_CHECK_BUTTON (mine));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (conflict->choice == PLN_MERGE_CHOICE_THEIRS ? theirs : mine), TRUE);
  gtk_box_append (GTK_BOX (box), mine);
  gtk_box_append (GTK_BOX (box), theirs);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  /* Translators: a merge conflict's row as a screen reader names it: where, then which field */
  title = g_strdup_printf (_("%s, %s"), where, field);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  *theirs_button = theirs;
  return row;
}

/**
 * pln_merge_dialog_choose:
 * @index: a conflict of the merge
 *
 * Chooses a side of conflict @index in the dialog, as a click would.
 */
void
pln_merge_dialog_choose (PlnMergeDialog *self,
                         guint           index,
                         PlnMergeChoice  choice)
{
  GtkCheckButton *theirs;

  g_return_if_fail (PLN_IS_MERGE_DIALOG (self));
  g_return_if_fail (index < self->theirs_buttons->len);

  theirs = g_ptr_array_index (self->theirs_buttons, index);
  if (choice == PLN_MERGE_CHOICE_THEIRS)
    {
      gtk_check_button_set_active (theirs, TRUE);
    }
  else
    {
      GtkWidget *mine = gtk_widget_get_prev_sibling (GTK_WIDGET (theirs));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (mine), TRUE);
    }
}

/* The merge was ended elsewhere (a reload, another window): nothing is
 * left to choose here. */
static void
merge_changed_cb (PlnMergeDialog *self)
{
  if (pln_store_get_merge (self->store) != self->merge)
    gtk_window_close (GTK_WINDOW (self));
}

/**
 * pln_merge_dialog_keep:
 *
 * Gives the workspace the versions chosen, ends the merge, closes the
 * dialog and saves through the window it is transient for.
 */
void
pln_merge_dialog_keep (PlnMergeDialog *self)
{
  GtkWindow *parent;

  g_return_if_fail (PLN_IS_MERGE_DIALOG (self));

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  /* The merge shown is still the one waiting. */
  if (pln_store_get_merge (self->store) == self->merge)
    {
      for (guint i = 0; i < self->theirs_buttons->len; i++)
        {
          const PlnMergeConflict *conflict = pln_merge_get_conflict (self->merge, i);
          PlnMergeChoice choice = gtk_check_button_get_active (g_ptr_array_index (self->theirs_buttons, i))
                                  ? PLN_MERGE_CHOICE_THEIRS : PLN_MERGE_CHOICE_MINE;

          /* A choice already in the workspace is left alone: it may have
           * been edited since. */
          if (choice != conflict->choice)
            pln_store_resolve (self->store, i, choice);
        }
      /* Closed here, not by the end of the merge. */
      g_signal_handlers_disconnect_by_func (self->store, merge_changed_cb, self);
      pln_store_finish_merge (self->store);

      if (parent != NULL)
        gtk_widget_activate_action (GTK_WIDGET (parent), "win.save", NULL);
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void
keep_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  pln_merge_dialog_keep (PLN_MERGE_DIALOG (widget));
}

static void
pln_merge_dialog_dispose (GObject *object)
{
  PlnMergeDialog *self = PLN_MERGE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLN_TYPE_MERGE_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->merge);
  g_clear_pointer (&self->theirs_buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (pln_merge_dialog_parent_class)->dispose (object);
}

static void
pln_merge_dialog_class_init (PlnMergeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_merge_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-merge-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnMergeDialog, conflicts_group);

  gtk_widget_class_install_action (widget_class, "merge.keep", NULL, keep_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pln_merge_dialog_init (PlnMergeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->theirs_buttons = g_ptr_array_new ();
}

/**
 * pln_merge_dialog_new:
 * @store: a store whose merge waits for choices (pln_store_get_merge())
 */
PlnMergeDialog *
pln_merge_dialog_new (PlnStore *store)
{
  PlnMergeDialog *self;
  PlnMerge *merge;

  g_return_val_if_fail (PLN_IS_STORE (store), NULL);
  g_return_val_if_fail (pln_store_get_merge (store) != NULL, NULL);

  self = g_object_new (PLN_TYPE_MERGE_DIALOG, NULL);
  merge = pln_store_get_merge (store);
  self->store = g_object_ref (store);
  self->merge = g_object_ref (merge);

  for (guint i = 0; i < pln_merge_get_n_conflicts (merge); i++)
    {
      GtkWidget *theirs;

      adw_preferences_group_add (self->conflicts_group, conflict_row (pln_merge_get_conflict (merge, i), &theirs));
      g_ptr_array_add (self->theirs_buttons, theirs);
    }

  /* The list the group keeps its rows in has no name of its own. */
  pln_accessible_name_lists (GTK_WIDGET (self->conflicts_group), _("Changes to Choose"));
  g_signal_connect_object (store, "notify::merge", G_CALLBACK (merge_changed_cb), self, G_CONNECT_SWAPPED);
  return self;
}
