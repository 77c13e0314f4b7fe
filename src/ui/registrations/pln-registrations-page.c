/* pln-registrations-page.c
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

/* Rows a widening search adds in one frame (see pln-registration-rows.c):
 * some 7 ms of layout and drawing in software, 12 took 13-16 ms when the
 * machine was busy. */
#define ROWS_PER_FRAME 8

/* A meeting's registrations in a column view: the meeting's list, sorted
 * by the column the user chose, filtered by the search and the three
 * drop-downs, with a multiple selection. Cells edit the registration in
 * place; every change made here is an edit in the context's undo queue
 * (Ctrl+Z), and removals and imports also offer Undo on a toast.
 *
 * The page listens to what it shows: the meeting's list of registrations
 * (items-changed) and each registration's notify of what the columns and
 * the summary show; a burst of changes refreshes the rows and the summary
 * once, when the main loop is idle. The other concerns are in the files
 * named in pln-registrations-page-private.h. */

G_DEFINE_FINAL_TYPE (PlnRegistrationsPage, pln_registrations_page, PLN_TYPE_PAGE)

/* What pln_registration_summary_compute() counts. */
static const char * const counted_properties[] = {
  "category", "delegation", "mode", "status", NULL,
};

/* ------------------------------------------------------------ refresh */

static void
refresh_cb (gpointer owner)
{
  PlnRegistrationsPage *self = owner;

  /* Counting 30 000 registrations takes a few milliseconds: only when
   * what it counts changed. */
  if (self->recount)
    pln_registrations_page_count_summary (self);
  self->recount = FALSE;
  pln_registrations_page_refilter (self);
  pln_registration_rows_refresh (self->rows);
  pln_registrations_page_update_summary (self);
}

/* Whatever changed the registrations (the page, an undo, another view),
 * the rows and the summary show it once per burst of changes. */
void
pln_registrations_page_queue_refresh (PlnRegistrationsPage *self,
                                      gboolean              recount)
{
  self->recount |= recount;
  pln_idle_refresh_schedule (&self->refresh, self, refresh_cb);
}

/* For the page's own edits and undos: the user sees the result at once. */
gboolean
pln_registrations_page_flush_refresh (PlnRegistrationsPage *self)
{
  return pln_idle_refresh_flush (&self->refresh);
}

/* ------------------------------------------------------------ folding ahead */

/* The registrations folded per main-loop iteration: a few milliseconds. */
#define FOLDED_AT_ONCE 2000

/* A search compares the folded text of every registration (its name,
 * delegation and e-mail in lower case, without accents), made the first
 * time it is asked for: the first keystroke of a page of 30 000 folded
 * them all, some 40 ms. They are folded ahead, a share per iteration
 * while the main loop is idle, from when the page shows a meeting and
 * when registrations are added (an import). */
static gboolean
fold_ahead_cb (gpointer user_data)
{
  PlnRegistrationsPage *self = user_data;
  guint end = MIN (self->n_folded + FOLDED_AT_ONCE, self->watched->len);
  gsize length;

  for (; self->n_folded < end; self->n_folded++)
    pln_registration_get_folded (g_ptr_array_index (self->watched, self->n_folded), "name", &length);

  if (self->n_folded < self->watched->len)
    return G_SOURCE_CONTINUE;

  self->fold_source = 0;
  return G_SOURCE_REMOVE;
}

/* Folds ahead from the registration at @position on. */
static void
fold_ahead (PlnRegistrationsPage *self,
            guint                 position)
{
  self->n_folded = MIN (self->n_folded, position);
  if (self->fold_source == 0 && self->watched->len > 0)
    self->fold_source = g_idle_add_full (G_PRIORITY_LOW, fold_ahead_cb, self, NULL);
}

/* ------------------------------------------------------------ listening */

static void
registration_notify_cb (PlnRegistration      *registration,
                        GParamSpec           *pspec,
                        PlnRegistrationsPage *self)
{
  gboolean counted = g_strv_contains (counted_properties, pspec->name);

  if (counted || pln_registrations_page_is_shown_property (pspec->name))
    pln_registrations_page_queue_refresh (self, counted);
}

static void
unwatch_range (PlnRegistrationsPage *self,
               guint                 position,
               guint                 n)
{
  for (guint i = position; i < position + n; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched, i), registration_notify_cb, self);
  g_ptr_array_remove_range (self->watched, position, n);
}

/* The page's mirror of the list keeps which registrations it listens to:
 * items-changed does not say which ones went away. */
static void
registrations_changed_cb (GListModel           *list,
                          guint                 position,
                          guint                 removed,
                          guint                 added,
                          PlnRegistrationsPage *self)
{
  unwatch_range (self, position, removed);
  for (guint i = 0; i < added; i++)
    {
      PlnRegistration *registration = g_list_model_get_item (list, position + i);

      g_signal_connect (registration, "notify", G_CALLBACK (registration_notify_cb), self);
      g_ptr_array_insert (self->watched, position + i, registration);
    }

  if (added > 0)
    fold_ahead (self, position);
  pln_registrations_page_queue_refresh (self, TRUE);
}

static void
watch (PlnRegistrationsPage *self,
       GListModel           *list)
{
  if (self->watched_list != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->watched_list, registrations_changed_cb, self);
      unwatch_range (self, 0, self->watched->len);
    }
  g_clear_handle_id (&self->fold_source, g_source_remove);
  g_set_object (&self->watched_list, list);
  if (list == NULL)
    return;

  g_signal_connect (list, "items-changed", G_CALLBACK (registrations_changed_cb), self);
  registrations_changed_cb (list, 0, 0, g_list_model_get_n_items (list), self);
}

/* ------------------------------------------------------------ object */

static void
pln_registrations_page_meeting_changed (PlnPage    *page,
                                        PlnMeeting *old_meeting)
{
  PlnRegistrationsPage *self = PLN_REGISTRATIONS_PAGE (page);
  PlnMeeting *meeting = pln_page_get_meeting (page);
  GListModel *registrations;

  self->meeting = meeting;

  /* Edits of the meeting shown before stay in the context's queue: they
   * refer to their own meeting, and Ctrl+Z still reverts them. */
  registrations = meeting ? pln_meeting_get_registrations (meeting) : G_LIST_MODEL (self->empty);
  pln_registration_rows_set_source (self->rows, registrations);
  watch (self, meeting ? registrations : NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  pln_idle_refresh_cancel (&self->refresh);
  self->recount = FALSE;
  pln_registrations_page_count_summary (self);
  pln_registrations_page_update_summary (self);
}

static void
pln_registrations_page_dispose (GObject *object)
{
  PlnRegistrationsPage *self = PLN_REGISTRATIONS_PAGE (object);

  pln_idle_refresh_cancel (&self->refresh);
  g_clear_handle_id (&self->fold_source, g_source_remove);
  watch (self, NULL);
  if (self->rows_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->column_view), self->rows_tick);
  self->rows_tick = 0;

  /* The models go away with the page: nothing of theirs is news to it. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->rows != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->rows, self);
      g_signal_handlers_disconnect_by_data (pln_registration_rows_get_shown (self->rows), self);
    }
  pln_registrations_page_dispose_columns (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PLN_TYPE_REGISTRATIONS_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->probe[0]);
  g_clear_object (&self->probe[1]);
  g_clear_object (&self->filter);
  g_clear_object (&self->empty);
  self->meeting = NULL;

  G_OBJECT_CLASS (pln_registrations_page_parent_class)->dispose (object);
}

static void
pln_registrations_page_finalize (GObject *object)
{
  PlnRegistrationsPage *self = PLN_REGISTRATIONS_PAGE (object);

  /* A refresh asked for while the children went away in dispose. */
  pln_idle_refresh_cancel (&self->refresh);
  g_ptr_array_unref (self->watched);
  g_free (self->needle);

  G_OBJECT_CLASS (pln_registrations_page_parent_class)->finalize (object);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  pln_registrations_page_undo (PLN_REGISTRATIONS_PAGE (widget));
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
  PlnPageClass *page_class = PLN_PAGE_CLASS (klass);

  object_class->dispose = pln_registrations_page_dispose;
  object_class->finalize = pln_registrations_page_finalize;
  page_class->meeting_changed = pln_registrations_page_meeting_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-registrations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, category_filter);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, mode_filter);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, categories_label);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, filters_box);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, more_button);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, status_button);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, selection_bar);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationsPage, selection_label);
  gtk_widget_class_bind_template_callback_full (widget_class, "search_changed_cb",
                                                G_CALLBACK (pln_registrations_page_search_changed_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "filter_changed_cb",
                                                G_CALLBACK (pln_registrations_page_filter_changed_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "row_activated_cb",
                                                G_CALLBACK (pln_registrations_page_row_activated_cb));

  gtk_widget_class_install_action (widget_class, "registrations.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "registrations.focus-search", NULL, focus_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "registrations.focus-search", NULL);
  pln_registrations_page_class_init_actions (widget_class);
}

/* What a screen reader says for @widget and for the button inside it
 * (a drop-down's or a menu button's), which GTK 4.8 names by its class. */
static void
name_control (GtkWidget  *widget,
              const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* The controls GTK 4.8 would announce by their class. The filters' flow
 * box is only there to wrap them on a narrow window: its places are not
 * stops of the keyboard. */
static void
name_controls (PlnRegistrationsPage *self)
{
  name_control (GTK_WIDGET (self->category_filter), _("Category"));
  name_control (GTK_WIDGET (self->mode_filter), _("Participation"));
  name_control (GTK_WIDGET (self->status_filter), _("Status"));
  /* Translators: the menu of exports and copies of the registrations */
  name_control (GTK_WIDGET (self->more_button), _("More"));
  name_control (GTK_WIDGET (self->status_button), _("Status"));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->filters_box)); child;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  /* The column view's list of rows, inside it. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view)); child;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Registrations"), -1);
}

/* Right to left, the table's first columns (title, name) are at its
 * right end, where it must open and stay while the user has not scrolled
 * away: GTK 4.8 puts the horizontal scroll at the left end. */
static void
table_width_changed_cb (PlnRegistrationsPage *self,
                        GtkAdjustment        *adjustment)
{
  double end = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL && self->table_at_start)
    gtk_adjustment_set_value (adjustment, end);
}

static void
table_scrolled_cb (PlnRegistrationsPage *self,
                   GtkAdjustment        *adjustment)
{
  double end = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

  self->table_at_start = gtk_adjustment_get_value (adjustment) >= end - 1;
}

/* Where the table is scrolled to, for the rows a search changes first. */
static void
table_scrolled_down_cb (PlnRegistrationsPage *self,
                        GtkAdjustment        *adjustment)
{
  double upper = gtk_adjustment_get_upper (adjustment);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  if (upper > 0)
    pln_registration_rows_set_view (self->rows, (guint) (n * gtk_adjustment_get_value (adjustment) / upper));
}

static void
pln_registrations_page_init (PlnRegistrationsPage *self)
{
  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;

  gtk_widget_init_template (GTK_WIDGET (self));
  name_controls (self);

  self->table_at_start = TRUE;
  hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view));
  g_signal_connect_object (hadjustment, "changed", G_CALLBACK (table_width_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hadjustment, "value-changed", G_CALLBACK (table_scrolled_cb), self, G_CONNECT_SWAPPED);

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  pln_registrations_page_init_filters (self);

  /* The rows stay while what they show changes: see pln-registration-rows.c. */
  self->empty = g_list_store_new (PLN_TYPE_REGISTRATION);
  self->rows = pln_registration_rows_new ();
  pln_registration_rows_set_source (self->rows, G_LIST_MODEL (self->empty));
  pln_registration_rows_set_filter (self->rows, GTK_FILTER (self->filter));
  pln_registrations_page_init_columns (self);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  pln_registration_rows_set_selection (self->rows, GTK_SELECTION_MODEL (self->selection));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (pln_registrations_page_selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed",
                           G_CALLBACK (pln_registrations_page_selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (pln_registration_rows_get_shown (self->rows), "items-changed",
                           G_CALLBACK (pln_registrations_page_update_stack), self, G_CONNECT_SWAPPED);
  /* Rows a widening search adds come a few a frame: GTK 4.8 makes the
   * widgets of every new row in view at once, 1 ms each or so. */
  pln_registration_rows_set_step (self->rows, ROWS_PER_FRAME);
  g_signal_connect_object (self->rows, "notify::pending",
                           G_CALLBACK (pln_registrations_page_pending_changed_cb), self, G_CONNECT_SWAPPED);
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));
  g_signal_connect_object (vadjustment, "value-changed", G_CALLBACK (table_scrolled_down_cb), self, G_CONNECT_SWAPPED);

  pln_registrations_page_selection_changed_cb (self);
  pln_registrations_page_update_summary (self);
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
 * pln_registrations_page_get_n_refreshes:
 *
 * Returns: how many times the rows and the summary were refreshed after a
 *   change of the registrations, for tests
 */
guint
pln_registrations_page_get_n_refreshes (PlnRegistrationsPage *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATIONS_PAGE (self), 0);

  return self->refresh.n_runs;
}
