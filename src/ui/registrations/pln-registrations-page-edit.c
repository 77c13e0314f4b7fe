/* pln-registrations-page-edit.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-registrations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-registrations-page-private.h"

/* Every change the Registrations page makes is a PlnRegistrationsEdit,
 * kept in the context's one undo queue with the other edits of the
 * window: Ctrl+Z anywhere reverts the newest, whichever page made it.
 * Removals and imports also offer Undo on a toast; a cell typed in does
 * not, or the toasts would cover the list. */

typedef struct
{
  PlnRegistrationsEdit *edit;
  GWeakRef              page;   /* to show the reverted values at once */
} PageUndo;

static void
page_undo_free (gpointer data)
{
  PageUndo *undo = data;

  pln_registrations_edit_unref (undo->edit);
  g_weak_ref_clear (&undo->page);
  g_free (undo);
}

static void
page_undo_run (gpointer data)
{
  PageUndo *undo = data;
  g_autoptr(PlnRegistrationsPage) page = g_weak_ref_get (&undo->page);

  pln_registrations_edit_undo (undo->edit);
  /* The page heard the registrations change; the user expects to see the
   * old values now, not at the next idle moment. */
  if (page != NULL)
    pln_registrations_page_flush_refresh (page);
}

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

/* Keeps @edit, made already, for Ctrl+Z; with @toast_title, also offers
 * Undo on a toast. */
void
pln_registrations_page_push_edit (PlnRegistrationsPage *self,
                                  PlnRegistrationsEdit *edit,
                                  const char           *toast_title)
{
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));
  PageUndo *undo;

  if (pln_registrations_edit_is_empty (edit))
    return;

  if (context != NULL)
    {
      undo = g_new0 (PageUndo, 1);
      undo->edit = pln_registrations_edit_ref (edit);
      g_weak_ref_init (&undo->page, self);
      if (toast_title != NULL)
        pln_context_add_undo (context, toast_title, page_undo_run, undo, page_undo_free);
      else
        pln_context_push_undo (context, page_undo_run, undo, page_undo_free);
    }

  pln_registrations_page_flush_refresh (self);
}

/**
 * pln_registrations_page_undo:
 *
 * Reverts the newest edit of the context's undo queue, as Ctrl+Z does:
 * the page's own edits are in that queue with the others.
 *
 * Returns: whether there was one
 */
gboolean
pln_registrations_page_undo (PlnRegistrationsPage *self)
{
  PlnContext *context;

  g_return_val_if_fail (PLN_IS_REGISTRATIONS_PAGE (self), FALSE);

  context = pln_page_get_context (PLN_PAGE (self));
  return context != NULL && pln_context_undo (context);
}

void
pln_registrations_page_selection_changed_cb (PlnRegistrationsPage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint n_shown = g_list_model_get_n_items (pln_registration_rows_get_shown (self->rows));
  g_autofree char *label = NULL;
  guint64 n;

  /* Not the blank rows a narrowed search still has for a few frames. */
  n = n_shown > 0 ? gtk_bitset_get_size_in_range (selected, 0, n_shown - 1) : 0;

  /* Translators: the number of registrations selected */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selected", "%u selected", (gulong) n), (guint) n);
  gtk_label_set_text (self->selection_label, label);
  gtk_action_bar_set_revealed (self->selection_bar, n > 0);
  pln_page_action_set_enabled (PLN_PAGE (self), "registrations.write-email", n == 1);
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

  /* Not the blank rows a narrowed search still has for a few frames. */
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      PlnRegistration *reg = pln_registration_rows_get_registration (self->rows, position);

      if (reg != NULL)
        g_list_store_append (store, reg);
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
    "honorific", "name", "delegation", "email", "category", "role", "mode", "status", "link-sent",
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
  PlnRegistrationDialog *dialog = pln_registration_dialog_present (GTK_WIDGET (self), registration);

  if (registration != NULL)
    g_object_set_data_full (G_OBJECT (dialog), "registration", g_object_ref (registration), g_object_unref);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (edit_saved_cb), self, 0);
  return dialog;
}

void
pln_registrations_page_row_activated_cb (PlnRegistrationsPage *self,
                                         guint                 position)
{
  PlnRegistration *reg = pln_registration_rows_get_registration (self->rows, position);

  if (reg != NULL)
    pln_registrations_page_open_dialog (self, reg);
}
