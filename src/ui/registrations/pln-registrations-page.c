/* pln-registrations-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-registrations-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pln-enum-types.h"
#include "pln-registration-dialog.h"
#include "pln-registrations-page-private.h"
#include "pln-window.h"

/* A meeting's registrations in a column view: the meeting's list, sorted
 * by the column the user chose, filtered by the search and the three
 * drop-downs, with a multiple selection. Cells edit the registration in
 * place; every change made here is an edit the page can undo (Ctrl+Z),
 * and removals also offer Undo on a toast. The actions of the selection
 * and of the files are in pln-registrations-page-actions.c. */

G_DEFINE_FINAL_TYPE (PlnRegistrationsPage, pln_registrations_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MEETING,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

typedef enum
{
  COLUMN_TEXT,
  COLUMN_ENUM,
  COLUMN_BOOL,
} ColumnKind;

typedef int (*IntGetter) (PlnRegistration *registration);

static const struct
{
  const char *id;
  const char *title;
  const char *property;
  ColumnKind  kind;
  GType     (*enum_type) (void);
  IntGetter   get;
  gboolean    expand;
} columns[] = {
  { "name", N_("Name"), "name", COLUMN_TEXT, NULL, NULL, TRUE },
  { "delegation", N_("Delegation"), "delegation", COLUMN_TEXT, NULL, NULL, TRUE },
  { "category", N_("Category"), "category", COLUMN_ENUM, pln_registration_category_get_type,
    (IntGetter) pln_registration_get_category, FALSE },
  { "role", N_("Role"), "role", COLUMN_ENUM, pln_registration_role_get_type,
    (IntGetter) pln_registration_get_role, FALSE },
  { "mode", N_("Participation"), "mode", COLUMN_ENUM, pln_participation_mode_get_type,
    (IntGetter) pln_registration_get_mode, FALSE },
  { "status", N_("Status"), "status", COLUMN_ENUM, pln_registration_status_get_type,
    (IntGetter) pln_registration_get_status, FALSE },
  { "email", N_("E-mail"), "email", COLUMN_TEXT, NULL, NULL, TRUE },
  { "link-sent", N_("Link Sent"), "link-sent", COLUMN_BOOL, NULL,
    (IntGetter) pln_registration_get_link_sent, FALSE },
};

PlnWindow *
pln_registrations_page_get_window (PlnRegistrationsPage *self)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), PLN_TYPE_WINDOW);

  return window ? PLN_WINDOW (window) : NULL;
}

static void count_summary (PlnRegistrationsPage *self);
static void update_summary (PlnRegistrationsPage *self);

/* ------------------------------------------------------------ undo */

/**
 * pln_registrations_page_begin_edit:
 *
 * Returns: (transfer full): a new edit of the meeting's registrations, to
 *   make and then hand to pln_registrations_page_push_edit()
 */
PlnRegistrationsEdit *
pln_registrations_page_begin_edit (PlnRegistrationsPage *self)
{
  return pln_registrations_edit_new (self->meeting);
}

/* Keeps @edit for Ctrl+Z; with @toast_title, also offers Undo on a toast. */
void
pln_registrations_page_push_edit (PlnRegistrationsPage *self,
                                  PlnRegistrationsEdit *edit,
                                  const char           *toast_title)
{
  PlnWindow *window = pln_registrations_page_get_window (self);

  if (pln_registrations_edit_is_empty (edit))
    return;

  g_queue_push_head (&self->undo_stack, pln_registrations_edit_ref (edit));
  while (g_queue_get_length (&self->undo_stack) > PLN_REGISTRATIONS_UNDO_DEPTH)
    pln_registrations_edit_unref (g_queue_pop_tail (&self->undo_stack));

  if (toast_title != NULL && window != NULL)
    pln_window_add_undo_toast (window, toast_title, (PlnUndoFunc) pln_registrations_edit_undo,
                               pln_registrations_edit_ref (edit),
                               (GDestroyNotify) pln_registrations_edit_unref);

  pln_registrations_page_refilter (self);
  pln_registration_rows_refresh (self->rows);
  count_summary (self);
  update_summary (self);
}

/**
 * pln_registrations_page_undo:
 *
 * Reverts the latest edit made on the page not reverted yet.
 *
 * Returns: whether there was one
 */
gboolean
pln_registrations_page_undo (PlnRegistrationsPage *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATIONS_PAGE (self), FALSE);

  while (!g_queue_is_empty (&self->undo_stack))
    {
      g_autoptr(PlnRegistrationsEdit) edit = g_queue_pop_head (&self->undo_stack);

      if (!pln_registrations_edit_is_done (edit))
        {
          pln_registrations_edit_undo (edit);
          pln_registrations_page_refilter (self);
          pln_registration_rows_refresh (self->rows);
          count_summary (self);
          update_summary (self);
          return TRUE;
        }
    }

  return FALSE;
}

static void
clear_undo (PlnRegistrationsPage *self)
{
  g_queue_clear_full (&self->undo_stack, (GDestroyNotify) pln_registrations_edit_unref);
}

/* One property of one registration set from a cell, as an edit. */
static void
set_from_cell (PlnRegistrationsPage *self,
               PlnRegistration      *registration,
               const char           *property,
               const GValue         *value)
{
  g_autoptr(PlnRegistrationsEdit) edit = pln_registrations_page_begin_edit (self);

  pln_registrations_edit_set (edit, registration, property, value);
  pln_registrations_page_push_edit (self, edit, NULL);
}

/* ------------------------------------------------------------ filter and summary */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PlnRegistrationsPage *self = user_data;
  PlnRegistration *reg = item;

  if (self->category >= 0 && (int) pln_registration_get_category (reg) != self->category)
    return FALSE;
  if (self->mode >= 0 && (int) pln_registration_get_mode (reg) != self->mode)
    return FALSE;
  if (self->status >= 0 && (int) pln_registration_get_status (reg) != self->status)
    return FALSE;

  return pln_registration_matches (reg, self->needle);
}

static gboolean
is_filtered (PlnRegistrationsPage *self)
{
  return self->category >= 0 || self->mode >= 0 || self->status >= 0 ||
         (self->needle != NULL && *self->needle != '\0');
}

/* After an edit, what the drop-downs filter on may have changed. A search
 * is not run again for an edit of a cell: the row would vanish under the
 * user's hands. */
void
pln_registrations_page_refilter (PlnRegistrationsPage *self)
{
  if (self->category >= 0 || self->mode >= 0 || self->status >= 0)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
update_stack (PlnRegistrationsPage *self)
{
  guint total = self->meeting ? g_list_model_get_n_items (pln_meeting_get_registrations (self->meeting)) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  gtk_stack_set_visible_child_name (self->stack, total == 0 ? "empty" : shown == 0 ? "no-match" : "list");
}

/* The counts of the meeting change with its registrations; a search only
 * changes how many are shown. */
static void
count_summary (PlnRegistrationsPage *self)
{
  memset (&self->summary, 0, sizeof self->summary);
  if (self->meeting != NULL)
    pln_registration_summary_compute (&self->summary, pln_meeting_get_registrations (self->meeting));
}

static void
update_summary (PlnRegistrationsPage *self)
{
  PlnRegistrationSummary s = self->summary;
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(GString) categories = g_string_new (NULL);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  g_autofree char *participants = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u participant", "%u participants",
                                                                s.participants), s.participants);
  /* Translators: a count of participants in the meeting room */
  g_autofree char *in_person = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u in person", "%u in person",
                                                             s.in_person), s.in_person);
  /* Translators: a count of participants on the online platform */
  g_autofree char *online = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u online", "%u online", s.online),
                                             s.online);
  /* Translators: a count of registrations whose participation is confirmed */
  g_autofree char *confirmed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u confirmed", "%u confirmed",
                                                             s.confirmed), s.confirmed);
  /* Translators: a count of registrations not confirmed yet */
  g_autofree char *requested = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u requested", "%u requested",
                                                             s.requested), s.requested);

  /* Translators: the registrations' summary: participants, then how many in person and online,
   * e.g. "300 participants: 280 in person, 20 online" */
  g_string_append_printf (line, C_("registrations summary", "%s: %s, %s"), participants, in_person, online);
  g_string_append (line, " · ");
  g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%u delegation", "%u delegations", s.delegations),
                          s.delegations);
  g_string_append (line, " · ");
  /* Translators: two counts of registrations, e.g. "280 confirmed, 20 requested" */
  g_string_append_printf (line, C_("registrations summary", "%s, %s"), confirmed, requested);
  if (s.cancelled > 0)
    {
      g_string_append (line, " · ");
      g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%u cancelled", "%u cancelled", s.cancelled),
                              s.cancelled);
    }
  if (is_filtered (self))
    {
      g_string_append (line, " · ");
      g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%u shown", "%u shown", shown), shown);
    }

  for (guint c = 0; c < PLN_REGISTRATION_N_CATEGORIES; c++)
    if (s.by_category[c] > 0)
      {
        if (categories->len > 0)
          g_string_append (categories, " · ");
        /* Translators: a category of registrations and how many there are, e.g. "State party 120" */
        g_string_append_printf (categories, C_("registrations summary", "%s %u"),
                                pln_registration_category_to_label (c), s.by_category[c]);
      }

  gtk_label_set_text (self->summary_label, line->str);
  gtk_label_set_text (self->categories_label, categories->str);
  update_stack (self);
}

static gboolean
summary_idle_cb (gpointer data)
{
  PlnRegistrationsPage *self = data;

  self->summary_source = 0;
  /* Whatever changed a registration, the rows show it. */
  pln_registration_rows_refresh (self->rows);
  count_summary (self);
  update_summary (self);
  return G_SOURCE_REMOVE;
}

/* Counting 30 000 registrations takes a few milliseconds: once per burst
 * of changes, not once per change. */
static void
queue_summary (PlnRegistrationsPage *self)
{
  if (self->summary_source == 0)
    self->summary_source = g_idle_add_full (G_PRIORITY_LOW, summary_idle_cb, self, NULL);
}

static void
search_changed_cb (PlnRegistrationsPage *self)
{
  g_autofree char *needle = pln_search_fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  g_strstrip (needle);
  if (g_strcmp0 (needle, self->needle) == 0)
    return;

  /* Every row is checked again: with the folded text kept on each
   * registration that takes about a millisecond for 30 000 (see
   * bench-registrations), and the more/less strict hints of GTK 4.8's
   * filter model left rows a narrower search should have hidden. */
  g_free (self->needle);
  self->needle = g_steal_pointer (&needle);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
}

static int
selected_value (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* The first entry is "All …". */
  return selected == GTK_INVALID_LIST_POSITION || selected == 0 ? -1 : (int) selected - 1;
}

static void
filter_changed_cb (PlnRegistrationsPage *self)
{
  /* The drop-downs get their models before the filter exists. */
  if (self->filter == NULL)
    return;

  self->category = selected_value (self->category_filter);
  self->mode = selected_value (self->mode_filter);
  self->status = selected_value (self->status_filter);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
}

static void
setup_filter (GtkDropDown *dropdown,
              const char  *all,
              GType        enum_type)
{
  g_autoptr(GtkStringList) labels = pln_registration_labels_new (enum_type);

  gtk_string_list_splice (labels, 0, 0, (const char * const[]) { all, NULL });
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
}

/* ------------------------------------------------------------ cells */

/* A list view of GTK 4.8 keeps up to 200 rows of widgets, eight cells a
 * row: the cells are GtkInscriptions, made for this, cheap to make and to
 * update, and the one editor the page has (a popover with an entry, or
 * the choices of a drop-down) comes to the cell that is clicked in a
 * selected row. */

static PlnRegistration *
cell_registration (GtkWidget *cell)
{
  PlnRegistrationSlot *slot = g_object_get_data (G_OBJECT (cell), "slot");

  return slot ? pln_registration_slot_get_registration (slot) : NULL;
}

static void
close_editor (PlnRegistrationsPage *self)
{
  g_clear_object (&self->editor_registration);
  if (gtk_widget_get_visible (GTK_WIDGET (self->editor)))
    gtk_popover_popdown (self->editor);
}

/* The entry's text reaches the registration on Enter; Escape or a click
 * elsewhere closes the editor and leaves it as it was. */
static void
editor_entry_activate_cb (PlnRegistrationsPage *self)
{
  PlnRegistration *reg = self->editor_registration;
  const char *property = columns[self->editor_column].property;
  g_autofree char *typed = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  if (reg == NULL)
    return;

  typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->editor_entry))));

  /* A name cannot be emptied, nor an e-mail made invalid, from a cell. */
  if ((g_str_equal (property, "name") && *typed == '\0') ||
      (g_str_equal (property, "email") && *typed != '\0' && !pln_email_is_valid (typed)))
    {
      gtk_label_set_text (self->editor_problem, g_str_equal (property, "name")
                                                ? _("A registration needs a name")
                                                : _("This is not an e-mail address"));
      gtk_widget_set_visible (GTK_WIDGET (self->editor_problem), TRUE);
      gtk_widget_error_bell (GTK_WIDGET (self->editor_entry));
      return;
    }

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, *typed ? typed : NULL);
  set_from_cell (self, reg, property, &value);
  close_editor (self);
}

static void
editor_choice_activated_cb (PlnRegistrationsPage *self,
                            GtkListBoxRow        *row)
{
  PlnRegistration *reg = self->editor_registration;
  g_auto(GValue) value = G_VALUE_INIT;
  guint column = self->editor_column;

  if (reg == NULL)
    return;

  if (columns[column].kind == COLUMN_BOOL)
    {
      g_value_init (&value, G_TYPE_BOOLEAN);
      g_value_set_boolean (&value, gtk_list_box_row_get_index (row) == 1);
    }
  else
    {
      g_value_init (&value, columns[column].enum_type ());
      g_value_set_enum (&value, gtk_list_box_row_get_index (row));
    }

  set_from_cell (self, reg, columns[column].property, &value);
  close_editor (self);
}

static void
editor_closed_cb (PlnRegistrationsPage *self)
{
  g_clear_object (&self->editor_registration);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
fill_choices (PlnRegistrationsPage *self,
              guint                 column,
              int                   current)
{
  GtkWidget *child;
  g_autoptr(GtkStringList) labels = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->editor_choices))) != NULL)
    gtk_list_box_remove (self->editor_choices, child);

  if (columns[column].kind == COLUMN_BOOL)
    {
      labels = gtk_string_list_new (NULL);
      /* Translators: whether the online platform's link was sent */
      gtk_string_list_append (labels, C_("link sent", "Not sent"));
      gtk_string_list_append (labels, C_("link sent", "Sent"));
    }
  else
    labels = pln_registration_labels_new (columns[column].enum_type ());

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (labels)); i++)
    {
      GtkWidget *label = gtk_label_new (gtk_string_list_get_string (labels, i));
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_opacity (check, (int) i == current ? 1 : 0);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), check);
      gtk_list_box_append (self->editor_choices, box);
    }

  gtk_list_box_select_row (self->editor_choices, gtk_list_box_get_row_at_index (self->editor_choices, current));
}

static GtkWidget *
find_cell (GtkWidget       *widget,
           PlnRegistration *reg,
           guint            column)
{
  if (GTK_IS_INSCRIPTION (widget))
    return cell_registration (widget) == reg &&
           GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "column")) == column ? widget : NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_POPOVER (child) ? NULL : find_cell (child, reg, column);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * pln_registrations_page_edit_cell:
 * @position: the row, among those shown
 * @column_id: the column, e.g. "name" or "status"
 *
 * Opens the editor on a cell, as a click in a selected row does.
 *
 * Returns: whether there is such a cell to edit
 */
gboolean
pln_registrations_page_edit_cell (PlnRegistrationsPage *self,
                                  guint                 position,
                                  const char           *column_id)
{
  PlnRegistration *reg = pln_registration_rows_get_registration (self->rows, position);
  GtkWidget *cell = NULL;
  guint column = G_N_ELEMENTS (columns);
  graphene_rect_t bounds;

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (g_str_equal (columns[i].id, column_id))
      column = i;
  if (reg == NULL || column == G_N_ELEMENTS (columns))
    return FALSE;

  /* The cell on screen, to point at; a row out of view is edited all the
   * same, with the editor pointing at the list. */
  cell = find_cell (GTK_WIDGET (self->column_view), reg, column);

  g_set_object (&self->editor_registration, reg);
  self->editor_column = column;
  gtk_widget_set_visible (GTK_WIDGET (self->editor_problem), FALSE);

  if (columns[column].kind == COLUMN_TEXT)
    {
      g_autofree char *current = NULL;

      g_object_get (reg, columns[column].property, &current, NULL);
      gtk_editable_set_text (GTK_EDITABLE (self->editor_entry), current ?: "");
      gtk_stack_set_visible_child_name (self->editor_stack, "text");
    }
  else
    {
      fill_choices (self, column, columns[column].get (reg));
      gtk_stack_set_visible_child_name (self->editor_stack, "choices");
    }

  if (cell != NULL && gtk_widget_compute_bounds (cell, GTK_WIDGET (self->column_view), &bounds))
    gtk_popover_set_pointing_to (self->editor, &(GdkRectangle) {
                                   bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height });
  else
    gtk_popover_set_pointing_to (self->editor, NULL);

  gtk_popover_popup (self->editor);
  if (columns[column].kind == COLUMN_TEXT)
    gtk_widget_grab_focus (GTK_WIDGET (self->editor_entry));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->editor_choices));
  return TRUE;
}

static void
cell_pressed_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 GtkListItem     *list_item)
{
  /* Read before the row handles the press and selects itself. */
  g_object_set_data (G_OBJECT (gesture), "was-selected",
                     GINT_TO_POINTER (n_press == 1 && gtk_list_item_get_selected (list_item)));
}

static void
cell_released_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkListItem     *list_item)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  PlnRegistrationsPage *self;
  guint column;

  if (cell == NULL || !g_object_get_data (G_OBJECT (gesture), "was-selected") || n_press != 1)
    return;

  self = PLN_REGISTRATIONS_PAGE (gtk_widget_get_ancestor (cell, PLN_TYPE_REGISTRATIONS_PAGE));
  column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "column"));
  pln_registrations_page_edit_cell (self, gtk_list_item_get_position (list_item), columns[column].id);
}

/* What a cell shows of its row's registration. */
static void
update_cell (GtkInscription *cell)
{
  PlnRegistration *reg = cell_registration (GTK_WIDGET (cell));
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "column"));
  g_autofree char *text = NULL;

  if (reg == NULL)
    {
      gtk_inscription_set_text (cell, NULL);
      return;
    }

  switch (columns[column].kind)
    {
    case COLUMN_TEXT:
      g_object_get (reg, columns[column].property, &text, NULL);
      gtk_inscription_set_text (cell, text);
      break;

    case COLUMN_ENUM:
      gtk_inscription_set_text (cell, pln_registration_enum_label (columns[column].enum_type (),
                                                                   columns[column].get (reg)));
      break;

    case COLUMN_BOOL:
      gtk_inscription_set_text (cell, columns[column].get (reg) ? "✓" : NULL);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               PlnRegistrationsPage     *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *cell = gtk_inscription_new (NULL);
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), columns[column].kind == COLUMN_BOOL ? 3 : 6);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), columns[column].expand ? 20 : 12);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (columns[column].kind == COLUMN_BOOL)
    gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 0.5);
  gtk_widget_add_css_class (cell, "pln-cell");
  g_object_set_data (G_OBJECT (cell), "column", GUINT_TO_POINTER (column));

  g_signal_connect (click, "pressed", G_CALLBACK (cell_pressed_cb), list_item);
  g_signal_connect (click, "released", G_CALLBACK (cell_released_cb), list_item);
  gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (click));

  gtk_list_item_set_child (list_item, cell);
}

/* A row's slot says when the registration it shows is another one, or
 * was edited (pln_registration_rows_refresh()); the cells show it again.
 * No binding is made or undone per row: a keystroke in the search moves
 * every row in view to another registration. The cell reaches the
 * registration only through the editor, as an edit that can be undone. */
static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              PlnRegistrationsPage     *self)
{
  PlnRegistrationSlot *slot = gtk_list_item_get_item (list_item);
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  gulong handler = g_signal_connect_swapped (slot, "notify::registration", G_CALLBACK (update_cell), cell);

  g_object_set_data (G_OBJECT (cell), "slot", slot);
  g_object_set_data (G_OBJECT (cell), "handler", GSIZE_TO_POINTER (handler));
  update_cell (GTK_INSCRIPTION (cell));
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                PlnRegistrationsPage     *self)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  PlnRegistrationSlot *slot = g_object_get_data (G_OBJECT (cell), "slot");

  if (slot != NULL)
    g_signal_handler_disconnect (slot, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (cell), "handler")));
  g_object_set_data (G_OBJECT (cell), "slot", NULL);
}

static void
setup_editor (PlnRegistrationsPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->editor = GTK_POPOVER (gtk_popover_new ());
  self->editor_stack = GTK_STACK (gtk_stack_new ());
  self->editor_entry = GTK_ENTRY (gtk_entry_new ());
  self->editor_problem = GTK_LABEL (gtk_label_new (NULL));
  self->editor_choices = GTK_LIST_BOX (gtk_list_box_new ());

  gtk_editable_set_width_chars (GTK_EDITABLE (self->editor_entry), 32);
  gtk_widget_add_css_class (GTK_WIDGET (self->editor_problem), "error");
  gtk_label_set_xalign (self->editor_problem, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->editor_entry));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->editor_problem));
  gtk_stack_add_named (self->editor_stack, box, "text");

  gtk_list_box_set_activate_on_single_click (self->editor_choices, TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->editor_choices));
  gtk_stack_add_named (self->editor_stack, scroller, "choices");
  gtk_stack_set_vhomogeneous (self->editor_stack, FALSE);

  gtk_popover_set_child (self->editor, GTK_WIDGET (self->editor_stack));
  gtk_widget_set_parent (GTK_WIDGET (self->editor), GTK_WIDGET (self->column_view));

  g_signal_connect_swapped (self->editor_entry, "activate", G_CALLBACK (editor_entry_activate_cb), self);
  g_signal_connect_swapped (self->editor_choices, "row-activated", G_CALLBACK (editor_choice_activated_cb), self);
  g_signal_connect_swapped (self->editor, "closed", G_CALLBACK (editor_closed_cb), self);
}

/* ------------------------------------------------------------ sorting */

/* The column view's sorter knows the column clicked and its direction,
 * but GTK 4.8 does not say which (gtk_column_view_sorter_get_primary_sort_column ()
 * is 4.10), and sorting 30 000 rows through it costs twice as much as
 * comparing directly. So it is asked once, with the columns' own sorters
 * in probe mode: the first column asked is the primary one, and the sign
 * of the answer says its direction. The rows are then sorted by keys made once
 * per registration (pln_registration_rows_set_sort_key ()). */
static int probe_column = -1;
static gboolean probing;

static int
probe_or (int column,
          int order)
{
  if (!probing)
    return order;

  if (probe_column < 0)
    {
      probe_column = column;
      return GTK_ORDERING_SMALLER;
    }
  return GTK_ORDERING_EQUAL;
}

static int
compare_column (PlnRegistration *a,
                PlnRegistration *b,
                guint            column)
{
  int x, y;

  if (columns[column].kind == COLUMN_TEXT)
    return pln_registration_compare_text (a, b, columns[column].property);

  x = columns[column].get (a);
  y = columns[column].get (b);
  return (x > y) - (x < y);
}

static int
column_sorter_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  int order;

  if (probing)
    return probe_or (column, 0);

  order = compare_column ((PlnRegistration *) a, (PlnRegistration *) b, column);
  return order < 0 ? GTK_ORDERING_SMALLER : order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static GtkSorter *
column_sorter (guint column)
{
  return GTK_SORTER (gtk_custom_sorter_new (column_sorter_cb, GUINT_TO_POINTER (column), NULL));
}

static void
row_key_cb (PlnRegistration *registration,
            PlnRowKey       *key,
            gpointer         user_data)
{
  PlnRegistrationsPage *self = user_data;
  guint column = self->sort_column;

  if (columns[column].kind == COLUMN_TEXT)
    key->text = pln_registration_get_folded (registration, columns[column].property, &key->length);
  else
    key->number = columns[column].get (registration);
}

static void
view_sorter_changed_cb (PlnRegistrationsPage *self)
{
  GtkSorter *sorter;
  int result;

  /* The column view tells its sorter's end while it goes away. */
  if (self->rows == NULL || self->probe[0] == NULL || self->column_view == NULL)
    return;

  sorter = gtk_column_view_get_sorter (self->column_view);
  probe_column = -1;
  probing = TRUE;
  result = gtk_sorter_compare (sorter, self->probe[0], self->probe[1]);
  probing = FALSE;

  if (probe_column < 0)
    {
      pln_registration_rows_set_sort_key (self->rows, NULL, FALSE, NULL);
      return;
    }

  self->sort_column = probe_column;
  pln_registration_rows_set_sort_key (self->rows, row_key_cb, result == GTK_ORDERING_LARGER, self);
}

static void
add_columns (PlnRegistrationsPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      GtkSorter *sorter;

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), self);

      column = gtk_column_view_column_new (_(columns[i].title), factory);
      /* gtk_column_view_column_set_id () is GTK 4.10. */
      g_object_set_data (G_OBJECT (column), "pln-column-id", (gpointer) columns[i].id);
      sorter = column_sorter (i);
      /* The column takes a reference of its own. */
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->column_view, column);
      g_object_unref (column);
    }
}

/* ------------------------------------------------------------ selection */

static void
selection_changed_cb (PlnRegistrationsPage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint64 n = gtk_bitset_get_size (selected);
  g_autofree char *label = NULL;

  /* Translators: the number of registrations selected */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selected", "%u selected", (gulong) n), (guint) n);
  gtk_label_set_text (self->selection_label, label);
  gtk_action_bar_set_revealed (self->selection_bar, n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "registrations.write-email", n == 1);
}

/**
 * pln_registrations_page_dup_selected:
 *
 * Returns: (transfer full): the selected registrations, in the order shown
 */
GListStore *
pln_registrations_page_dup_selected (PlnRegistrationsPage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GListStore *store = g_list_store_new (PLN_TYPE_REGISTRATION);
  GtkBitsetIter iter;
  guint position;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_list_store_append (store, pln_registration_rows_get_registration (self->rows, position));
    }

  return store;
}

static void
edit_saved_cb (PlnRegistrationDialog *dialog,
               PlnRegistration       *values,
               PlnRegistrationsPage  *self)
{
  PlnRegistration *reg = g_object_get_data (G_OBJECT (dialog), "registration");
  g_autoptr(PlnRegistrationsEdit) edit = NULL;
  static const char * const edited[] = {
    "name", "delegation", "email", "category", "role", "mode", "status", "link-sent",
  };

  if (self->meeting == NULL)
    return;

  edit = pln_registrations_page_begin_edit (self);
  if (reg == NULL)
    {
      pln_registrations_edit_add (edit, values);
      pln_registrations_page_push_edit (self, edit, NULL);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (edited); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (values), edited[i]);
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (values), edited[i], &value);
      pln_registrations_edit_set (edit, reg, edited[i], &value);
    }
  pln_registrations_page_push_edit (self, edit, NULL);
}

/**
 * pln_registrations_page_open_dialog:
 * @registration: (nullable): the registration to edit, or %NULL to add one
 */
PlnRegistrationDialog *
pln_registrations_page_open_dialog (PlnRegistrationsPage *self,
                                    PlnRegistration      *registration)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  PlnRegistrationDialog *dialog = pln_registration_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                               registration);

  if (registration != NULL)
    g_object_set_data_full (G_OBJECT (dialog), "registration", g_object_ref (registration), g_object_unref);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (edit_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
row_activated_cb (PlnRegistrationsPage *self,
                  guint                 position)
{
  PlnRegistration *reg = pln_registration_rows_get_registration (self->rows, position);

  if (reg != NULL)
    pln_registrations_page_open_dialog (self, reg);
}

/* ------------------------------------------------------------ the meeting */

static void
registrations_changed_cb (PlnRegistrationsPage *self)
{
  queue_summary (self);
}

static void
pln_registrations_page_dispose (GObject *object)
{
  PlnRegistrationsPage *self = PLN_REGISTRATIONS_PAGE (object);

  g_clear_object (&self->context);
  g_clear_handle_id (&self->summary_source, g_source_remove);
  clear_undo (self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->workspace_signals != NULL)
    g_signal_group_set_target (self->workspace_signals, NULL);
  g_clear_object (&self->workspace_signals);
  if (self->list_signals != NULL)
    g_signal_group_set_target (self->list_signals, NULL);
  g_clear_object (&self->list_signals);

  /* The models go away with the page: nothing of theirs is news to it. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->rows != NULL)
    g_signal_handlers_disconnect_by_data (self->rows, self);
  g_clear_object (&self->editor_registration);
  if (self->editor != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->editor));
  self->editor = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), PLN_TYPE_REGISTRATIONS_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->probe[0]);
  g_clear_object (&self->probe[1]);
  g_clear_object (&self->filter);
  g_clear_object (&self->empty);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (pln_registrations_page_parent_class)->dispose (object);
}

static void
pln_registrations_page_finalize (GObject *object)
{
  PlnRegistrationsPage *self = PLN_REGISTRATIONS_PAGE (object);

  /* A count asked for while the children went away in dispose. */
  g_clear_handle_id (&self->summary_source, g_source_remove);
  g_free (self->needle);

  G_OBJECT_CLASS (pln_registrations_page_parent_class)->finalize (object);
}

static void
pln_registrations_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PlnRegistrationsPage *self = PLN_REGISTRATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_registrations_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PlnRegistrationsPage *self = PLN_REGISTRATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      pln_registrations_page_set_context (self, g_value_get_object (value));
      break;

    case PROP_MEETING:
      pln_registrations_page_set_meeting (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  /* Edits of the page first, then whatever the window can undo. */
  if (!pln_registrations_page_undo (PLN_REGISTRATIONS_PAGE (widget)))
    gtk_widget_activate_action (widget, "win.undo", NULL);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (PLN_REGISTRATIONS_PAGE (widget)->search_entry));
}

static void
pln_registrations_page_class_init (PlnRegistrationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_registrations_page_dispose;
  object_class->finalize = pln_registrations_page_finalize;
  object_class->get_property = pln_registrations_page_get_property;
  object_class->set_property = pln_registrations_page_set_property;

  properties [PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL,
                         PLN_TYPE_MEETING,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         PLN_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-registrations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, category_filter);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, mode_filter);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, categories_label);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, selection_bar);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, selection_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "registrations.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "registrations.focus-search", NULL, focus_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "registrations.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "registrations.focus-search", NULL);
  pln_registrations_page_class_init_actions (widget_class);
}

static void
pln_registrations_page_init (PlnRegistrationsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->category = self->mode = self->status = -1;
  g_queue_init (&self->undo_stack);

  setup_filter (self->category_filter, _("All Categories"), PLN_TYPE_REGISTRATION_CATEGORY);
  setup_filter (self->mode_filter, _("In Person and Online"), PLN_TYPE_PARTICIPATION_MODE);
  setup_filter (self->status_filter, _("All Statuses"), PLN_TYPE_REGISTRATION_STATUS);

  add_columns (self);
  setup_editor (self);

  /* The rows stay while what they show changes: see pln-registration-rows.c. */
  self->empty = g_list_store_new (PLN_TYPE_REGISTRATION);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->rows = pln_registration_rows_new ();
  pln_registration_rows_set_source (self->rows, G_LIST_MODEL (self->empty));
  self->probe[0] = pln_registration_new ();
  self->probe[1] = pln_registration_new ();
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (view_sorter_changed_cb), self, G_CONNECT_SWAPPED);
  pln_registration_rows_set_filter (self->rows, GTK_FILTER (self->filter));
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  pln_registration_rows_set_selection (self->rows, GTK_SELECTION_MODEL (self->selection));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->rows, "items-changed", G_CALLBACK (update_stack), self, G_CONNECT_SWAPPED);

  self->workspace_signals = g_signal_group_new (PLN_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "changed", G_CALLBACK (registrations_changed_cb), self);
  /* A meeting outside a workspace has no "changed": its list says when
   * registrations come and go. */
  self->list_signals = g_signal_group_new (G_TYPE_LIST_STORE);
  g_signal_group_connect_swapped (self->list_signals, "items-changed", G_CALLBACK (registrations_changed_cb), self);

  selection_changed_cb (self);
  update_summary (self);
}

PlnMeeting *
pln_registrations_page_get_meeting (PlnRegistrationsPage *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATIONS_PAGE (self), NULL);

  return self->meeting;
}

void
pln_registrations_page_set_meeting (PlnRegistrationsPage *self,
                                    PlnMeeting           *meeting)
{
  GListModel *registrations;

  g_return_if_fail (PLN_IS_REGISTRATIONS_PAGE (self));
  g_return_if_fail (meeting == NULL || PLN_IS_MEETING (meeting));

  if (!g_set_object (&self->meeting, meeting))
    return;

  /* The edits of another meeting cannot be undone from here. */
  clear_undo (self);
  registrations = meeting ? pln_meeting_get_registrations (meeting) : G_LIST_MODEL (self->empty);
  pln_registration_rows_set_source (self->rows, registrations);
  g_signal_group_set_target (self->workspace_signals, meeting ? pln_meeting_get_workspace (meeting) : NULL);
  g_signal_group_set_target (self->list_signals, registrations);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  count_summary (self);
  update_summary (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MEETING]);
}

/**
 * pln_registrations_page_get_shown:
 *
 * Returns: (transfer none): the registrations shown, sorted and filtered
 */
GListModel *
pln_registrations_page_get_shown (PlnRegistrationsPage *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATIONS_PAGE (self), NULL);

  return pln_registration_rows_get_shown (self->rows);
}

/**
 * pln_registrations_page_get_selection:
 *
 * Returns: (transfer none): the selection over the registrations shown
 */
GtkSelectionModel *
pln_registrations_page_get_selection (PlnRegistrationsPage *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATIONS_PAGE (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

/**
 * pln_registrations_page_get_column_view:
 *
 * Returns: (transfer none): the column view, for sorting by a column
 */
GtkColumnView *
pln_registrations_page_get_column_view (PlnRegistrationsPage *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATIONS_PAGE (self), NULL);

  return self->column_view;
}

/**
 * pln_registrations_page_get_summary:
 *
 * Returns: the summary line as shown
 */
const char *
pln_registrations_page_get_summary (PlnRegistrationsPage *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATIONS_PAGE (self), NULL);

  return gtk_label_get_text (self->summary_label);
}

/**
 * pln_registrations_page_get_context:
 *
 * Returns: (transfer none) (nullable): what the page was given
 */
PlnContext *
pln_registrations_page_get_context (PlnRegistrationsPage *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATIONS_PAGE (self), NULL);

  return self->context;
}

void
pln_registrations_page_set_context (PlnRegistrationsPage *self,
                                    PlnContext *context)
{
  g_return_if_fail (PLN_IS_REGISTRATIONS_PAGE (self));
  g_return_if_fail (context == NULL || PLN_IS_CONTEXT (context));

  if (g_set_object (&self->context, context))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
}
