/* pln-registrations-page-columns.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-registrations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-enum-types.h"
#include "pln-registrations-page-private.h"

/* The Registrations page's column view: its columns, the cells of its
 * rows, the one editor that comes to a cell, and sorting by a column. */

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
  const char *context;   /* of the title's translation, or NULL */
  const char *title;
  const char *property;
  ColumnKind  kind;
  GType     (*enum_type) (void);
  IntGetter   get;
  gboolean    expand;
} columns[] = {
  /* Translators: a participant's courtesy title (Ms., Mr., H.E.), a column of the registrations */
  { "honorific", "honorific", NC_("honorific", "Title"), "honorific", COLUMN_TEXT, NULL, NULL, FALSE },
  { "name", NULL, N_("Name"), "name", COLUMN_TEXT, NULL, NULL, TRUE },
  { "delegation", NULL, N_("Delegation"), "delegation", COLUMN_TEXT, NULL, NULL, TRUE },
  { "category", NULL, N_("Category"), "category", COLUMN_ENUM, pln_registration_category_get_type,
    (IntGetter) pln_registration_get_category, FALSE },
  { "role", NULL, N_("Role"), "role", COLUMN_ENUM, pln_registration_role_get_type,
    (IntGetter) pln_registration_get_role, FALSE },
  { "mode", NULL, N_("Participation"), "mode", COLUMN_ENUM, pln_participation_mode_get_type,
    (IntGetter) pln_registration_get_mode, FALSE },
  { "status", NULL, N_("Status"), "status", COLUMN_ENUM, pln_registration_status_get_type,
    (IntGetter) pln_registration_get_status, FALSE },
  { "email", NULL, N_("E-mail"), "email", COLUMN_TEXT, NULL, NULL, TRUE },
  { "link-sent", NULL, N_("Link Sent"), "link-sent", COLUMN_BOOL, NULL,
    (IntGetter) pln_registration_get_link_sent, FALSE },
};

/**
 * pln_registrations_page_is_shown_property:
 *
 * Returns: whether a column shows @property of a registration
 */
gboolean
pln_registrations_page_is_shown_property (const char *property)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (g_str_equal (columns[i].property, property))
      return TRUE;

  return FALSE;
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

/* The cell of @reg in @column under @widget, or %NULL. A row out of view
 * past the registrations shown may still show one of before for a few
 * frames (see pln-registration-rows.c): the cell's row must be @reg's. */
static GtkWidget *
find_cell (PlnRegistrationsPage *self,
           GtkWidget            *widget,
           PlnRegistration      *reg,
           guint                 column)
{
  if (GTK_IS_INSCRIPTION (widget))
    {
      GtkListItem *list_item = g_object_get_data (G_OBJECT (widget), "list-item");

      return cell_registration (widget) == reg && list_item != NULL &&
             pln_registration_rows_get_registration (self->rows, gtk_list_item_get_position (list_item)) == reg &&
             GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "column")) == column ? widget : NULL;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_POPOVER (child) ? NULL : find_cell (self, child, reg, column);

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
  cell = find_cell (self, GTK_WIDGET (self->column_view), reg, column);

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

/* The cell of the table at @x, @y of the column view, or %NULL. */
static GtkWidget *
cell_at (GtkWidget *column_view,
         double     x,
         double     y)
{
  GtkWidget *widget = gtk_widget_pick (column_view, x, y, GTK_PICK_DEFAULT);

  for (; widget != NULL && widget != column_view; widget = gtk_widget_get_parent (widget))
    if (gtk_widget_has_css_class (widget, "pln-cell"))
      return widget;

  return NULL;
}

/* A click on a cell of a row selected already edits the cell. One
 * gesture on the table, in its capture phase, sees the press before the
 * row selects itself; a gesture per cell was as many objects to make and
 * destroy as rows come and go with the search. */
static void
cell_pressed_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 gpointer         user_data)
{
  GtkWidget *column_view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *cell = n_press == 1 ? cell_at (column_view, x, y) : NULL;
  GtkListItem *list_item = cell ? g_object_get_data (G_OBJECT (cell), "list-item") : NULL;

  g_object_set_data_full (G_OBJECT (gesture), "pressed-cell",
                          list_item && gtk_list_item_get_selected (list_item) ? g_object_ref (cell) : NULL,
                          g_object_unref);
}

static void
cell_released_cb (GtkGestureClick      *gesture,
                  int                   n_press,
                  double                x,
                  double                y,
                  PlnRegistrationsPage *self)
{
  GtkWidget *column_view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  g_autoptr(GtkWidget) pressed = g_object_steal_data (G_OBJECT (gesture), "pressed-cell");
  GtkListItem *list_item;
  guint column;

  if (pressed == NULL || n_press != 1 || cell_at (column_view, x, y) != pressed)
    return;

  list_item = g_object_get_data (G_OBJECT (pressed), "list-item");
  column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (pressed), "column"));
  pln_registrations_page_edit_cell (self, gtk_list_item_get_position (list_item), columns[column].id);
}

/* Another gesture took the press (a drag, say): no edit. */
static void
cell_cancel_cb (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                gpointer          user_data)
{
  g_object_set_data (G_OBJECT (gesture), "pressed-cell", NULL);
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

  /* A title (Ms., H.E.) is short: the room is the other columns'. */
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), columns[column].kind == COLUMN_BOOL || g_str_equal (columns[column].id, "honorific") ? 3 : 6);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), columns[column].expand ? 20
                                                         : g_str_equal (columns[column].id, "honorific") ? 4 : 12);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (columns[column].kind == COLUMN_BOOL)
    gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 0.5);
  gtk_widget_add_css_class (cell, "pln-cell");
  g_object_set_data (G_OBJECT (cell), "column", GUINT_TO_POINTER (column));

  /* The list item owns the cell: borrowed. */
  g_object_set_data (G_OBJECT (cell), "list-item", list_item);

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

/* The texts kept folded for searching (pln_registration_get_folded()); the
 * title is short and sorted as it is. */
static gboolean
has_folded_text (guint column)
{
  return columns[column].kind == COLUMN_TEXT && !g_str_equal (columns[column].property, "honorific");
}

static int
compare_column (PlnRegistration *a,
                PlnRegistration *b,
                guint            column)
{
  int x, y;

  if (has_folded_text (column))
    return pln_registration_compare_text (a, b, columns[column].property);
  if (columns[column].kind == COLUMN_TEXT)
    return g_strcmp0 (pln_registration_get_honorific (a), pln_registration_get_honorific (b));

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

  if (has_folded_text (column))
    key->text = pln_registration_get_folded (registration, columns[column].property, &key->length);
  else if (columns[column].kind == COLUMN_TEXT)
    {
      key->text = pln_registration_get_honorific (registration) ?: "";
      key->length = strlen (key->text);
    }
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

      column = gtk_column_view_column_new (columns[i].context
                                           ? g_dpgettext2 (GETTEXT_PACKAGE, columns[i].context, columns[i].title)
                                           : _(columns[i].title), factory);
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

/* The columns, the editor, and the sorting the column view asks for. */
void
pln_registrations_page_init_columns (PlnRegistrationsPage *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  add_columns (self);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (cell_pressed_cb), NULL);
  g_signal_connect (click, "released", G_CALLBACK (cell_released_cb), self);
  g_signal_connect (click, "cancel", G_CALLBACK (cell_cancel_cb), NULL);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), GTK_EVENT_CONTROLLER (click));
  setup_editor (self);
  self->probe[0] = pln_registration_new ();
  self->probe[1] = pln_registration_new ();
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (view_sorter_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Before the template goes: the editor is not one of its children. */
void
pln_registrations_page_dispose_columns (PlnRegistrationsPage *self)
{
  g_clear_object (&self->editor_registration);
  if (self->editor != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->editor));
  self->editor = NULL;
}
