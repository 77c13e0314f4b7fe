/* pln-agenda-page-footnotes.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-agenda-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-accessible.h"
#include "pln-agenda-page-private.h"

/* The footnotes of the selected item's annotation, and of the annex's
 * title: a row a note, which opens on the words its mark follows and its
 * text, each applied with Undo, and a button that removes it (with Undo);
 * the entries under the list add one (Ctrl+Z takes it back). Two editors
 * of one kind, made here rather than twice in the template. */

/* The list @which edits, or %NULL when there is nothing to edit. */
static GListModel *
footnotes_of (PlnAgendaPage  *self,
              PlnFootnotesOf  which)
{
  if (which == PLN_FOOTNOTES_ITEM)
    return self->selected ? pln_agenda_item_get_footnotes (self->selected) : NULL;
  return self->meeting ? pln_meeting_get_annex_footnotes (self->meeting) : NULL;
}

/* ------------------------------------------------------------ editing */

typedef struct
{
  PlnFootnote *footnote;
  char        *property;   /* "anchor" or "text" */
  char        *value;      /* what it was */
} Edit;

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_clear_object (&edit->footnote);
  g_free (edit->property);
  g_free (edit->value);
  g_free (edit);
}

static void
undo_edit (gpointer data)
{
  Edit *edit = data;

  g_object_set (edit->footnote, edit->property, edit->value, NULL);
}

/* An entry row of a note applied: the note takes its text, and Ctrl+Z
 * gives it back what it had. */
static void
entry_applied_cb (AdwEntryRow *row,
                  PlnFootnote *footnote)
{
  PlnAgendaPage *page = PLN_AGENDA_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (row), PLN_TYPE_AGENDA_PAGE));
  const char *property = g_object_get_data (G_OBJECT (row), "property");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  Edit *edit = g_new0 (Edit, 1);

  edit->footnote = g_object_ref (footnote);
  edit->property = g_strdup (property);
  g_object_get (footnote, property, &edit->value, NULL);
  if (g_strcmp0 (edit->value ?: "", text) == 0)
    {
      edit_free (edit);
      return;
    }

  g_object_set (footnote, property, *text != '\0' ? text : NULL, NULL);
  if (page != NULL && pln_page_get_context (PLN_PAGE (page)) != NULL)
    pln_context_push_undo (pln_page_get_context (PLN_PAGE (page)), undo_edit, edit, edit_free);
  else
    edit_free (edit);
}

static GtkWidget *
entry_row_new (PlnFootnote *footnote,
               const char  *property,
               const char  *title)
{
  GtkWidget *row = adw_entry_row_new ();
  g_autofree char *value = NULL;

  g_object_get (footnote, property, &value, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), value ?: "");
  g_object_set_data_full (G_OBJECT (row), "property", g_strdup (property), g_free);
  g_signal_connect_object (row, "apply", G_CALLBACK (entry_applied_cb), footnote, 0);
  return row;
}

/* "After “at 10 a.m.”", or where the mark is without words. */
static gboolean
anchor_to_subtitle (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  const char *anchor = g_value_get_string (from);

  if (anchor == NULL || *anchor == '\0')
    g_value_set_string (to, GPOINTER_TO_UINT (user_data) == PLN_FOOTNOTES_ITEM
                                ? _("At the end of the annotation") : _("After the title"));
  else
    /* Translators: where a footnote's mark is: after the words %s of the text */
    g_value_take_string (to, g_strdup_printf (_("After “%s”"), anchor));
  return TRUE;
}

static void
remove_clicked_cb (GtkButton  *button,
                   GtkListBox *list)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  guint which = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list), "which"));

  gtk_widget_activate_action (GTK_WIDGET (list), "agenda.remove-footnote", "(uu)",
                              which, (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
}

static GtkWidget *
create_footnote_row (gpointer item,
                     gpointer user_data)
{
  PlnFootnote *footnote = item;
  GtkListBox *list = user_data;
  guint which = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list), "which"));
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  g_object_bind_property (footnote, "text", row, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (footnote, "anchor", row, "subtitle", G_BINDING_SYNC_CREATE,
                               anchor_to_subtitle, NULL, GUINT_TO_POINTER (which), NULL);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Footnote"));
  pln_accessible_set_label (remove, _("Remove Footnote"));
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), list);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            entry_row_new (footnote, "anchor", _("Words the Mark Follows")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), entry_row_new (footnote, "text", _("Note")));
  pln_accessible_name_lists (row, _("Footnote"));
  return row;
}

/* ------------------------------------------------------------ actions */

typedef struct
{
  GListStore  *list;
  PlnFootnote *footnote;
} Added;

static void
added_free (gpointer data)
{
  Added *added = data;

  g_clear_object (&added->list);
  g_clear_object (&added->footnote);
  g_free (added);
}

static void
undo_add (gpointer data)
{
  Added *added = data;
  guint position;

  if (g_list_store_find (added->list, added->footnote, &position))
    g_list_store_remove (added->list, position);
}

/* agenda.add-footnote ("u", a PlnFootnotesOf): a note from the entries
 * under that list. */
static void
add_footnote_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);
  guint which = MIN (g_variant_get_uint32 (parameter), PLN_N_FOOTNOTE_EDITORS - 1);
  PlnFootnoteEditor *editor = &self->footnotes[which];
  GListModel *list = footnotes_of (self, which);
  g_autofree char *anchor = g_strstrip (g_strdup (gtk_editable_get_text (editor->anchor)));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editor->text)));
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));
  g_autoptr(PlnFootnote) footnote = NULL;
  Added *added;

  if (list == NULL || *text == '\0')
    return;

  footnote = pln_footnote_new (*anchor != '\0' ? anchor : NULL, text);
  if (which == PLN_FOOTNOTES_ITEM)
    pln_agenda_item_insert_footnote (self->selected, G_MAXUINT, footnote);
  else
    pln_meeting_insert_annex_footnote (self->meeting, G_MAXUINT, footnote);
  gtk_editable_set_text (editor->anchor, "");
  gtk_editable_set_text (editor->text, "");
  gtk_widget_grab_focus (GTK_WIDGET (editor->anchor));

  added = g_new0 (Added, 1);
  added->list = G_LIST_STORE (g_object_ref (list));
  added->footnote = g_object_ref (footnote);
  if (context != NULL)
    pln_context_push_undo (context, undo_add, added, added_free);
  else
    added_free (added);
}

/* agenda.remove-footnote ("(uu)"): which list, and the note's position
 * in it, which is its row's. */
static void
remove_footnote_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);
  guint which, position;
  GListModel *list;
  g_autoptr(GObject) footnote = NULL;

  g_variant_get (parameter, "(uu)", &which, &position);
  list = footnotes_of (self, MIN (which, PLN_N_FOOTNOTE_EDITORS - 1));
  if (list != NULL && (footnote = g_list_model_get_item (list, position)) != NULL)
    pln_context_remove_with_undo (pln_page_get_context (PLN_PAGE (self)), list, footnote, _("Footnote removed"));
}

/* ------------------------------------------------------------ the editors */

/* The list and the entries that add to it, in @group. */
static void
editor_init (PlnFootnoteEditor   *editor,
             AdwPreferencesGroup *group,
             PlnFootnotesOf       which,
             const char          *name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *flow = gtk_flow_box_new ();
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Footnote"));

  editor->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (editor->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (editor->list), "boxed-list");
  gtk_widget_add_css_class (GTK_WIDGET (editor->list), "footnotes");
  g_object_set_data (G_OBJECT (editor->list), "which", GUINT_TO_POINTER (which));
  pln_accessible_set_label (GTK_WIDGET (editor->list), name);
  adw_preferences_group_add (group, GTK_WIDGET (editor->list));

  /* The entries side by side where there is room, one under the other
   * in a narrow window. */
  editor->anchor = GTK_EDITABLE (gtk_entry_new ());
  editor->text = GTK_EDITABLE (gtk_entry_new ());
  gtk_entry_set_placeholder_text (GTK_ENTRY (editor->anchor), _("Words the mark follows"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (editor->text), _("Note"));
  pln_accessible_set_label (GTK_WIDGET (editor->anchor), _("Words the mark follows"));
  pln_accessible_set_label (GTK_WIDGET (editor->text), _("Note"));
  gtk_editable_set_width_chars (editor->anchor, 10);
  gtk_editable_set_width_chars (editor->text, 10);
  gtk_widget_set_hexpand (GTK_WIDGET (editor->text), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (editor->anchor), TRUE);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 2);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_append (GTK_FLOW_BOX (flow), GTK_WIDGET (editor->anchor));
  gtk_flow_box_append (GTK_FLOW_BOX (flow), GTK_WIDGET (editor->text));
  gtk_widget_set_hexpand (flow, TRUE);
  pln_accessible_set_label (flow, _("New Footnote"));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "agenda.add-footnote");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (add), "u", which);
  gtk_widget_set_valign (add, GTK_ALIGN_START);
  gtk_widget_set_margin_top (box, 6);
  gtk_box_append (GTK_BOX (box), flow);
  gtk_box_append (GTK_BOX (box), add);
  adw_preferences_group_add (group, box);
}

void
_pln_agenda_page_init_footnotes (PlnAgendaPage *self)
{
  editor_init (&self->footnotes[PLN_FOOTNOTES_ITEM], self->item_footnotes_group, PLN_FOOTNOTES_ITEM,
               _("Footnotes"));
  editor_init (&self->footnotes[PLN_FOOTNOTES_ANNEX], self->annex_footnotes_group, PLN_FOOTNOTES_ANNEX,
               _("Footnotes of the Annex Title"));
}

/* Shows the notes of the selected item and of the meeting's annex. */
void
_pln_agenda_page_bind_footnotes (PlnAgendaPage *self)
{
  for (guint which = 0; which < PLN_N_FOOTNOTE_EDITORS; which++)
    {
      GtkListBox *list = self->footnotes[which].list;
      GListModel *footnotes = footnotes_of (self, which);

      gtk_list_box_bind_model (list, footnotes, footnotes ? create_footnote_row : NULL, list, NULL);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->annex_footnotes_group), self->meeting != NULL);
}

void
_pln_agenda_page_class_init_footnotes (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "agenda.add-footnote", "u", add_footnote_action);
  gtk_widget_class_install_action (widget_class, "agenda.remove-footnote", "(uu)", remove_footnote_action);
}
