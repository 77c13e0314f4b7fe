/* pln-agenda-page-documents.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-agenda-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-agenda-page-private.h"
#include "pln-document-row.h"

/* The documentation of the selected item: a row a document, made by the
 * item's list of documents, each symbol checked against the working
 * group's series; a document is added from the entries under the list
 * and removed (with Undo) from its row. */

static GtkWidget *
create_document_row (gpointer item,
                     gpointer user_data)
{
  PlnAgendaPage *self = user_data;

  return pln_document_row_new (item, _pln_agenda_page_get_series (self));
}

/* Shows the selected item's documents, checked against the series as it
 * is now. */
void
_pln_agenda_page_bind_documents (PlnAgendaPage *self)
{
  GListModel *documents = self->selected ? pln_agenda_item_get_documents (self->selected) : NULL;

  gtk_list_box_bind_model (self->documents_list, documents,
                           documents ? create_document_row : NULL, self, NULL);
}

void
_pln_agenda_page_check_symbol (PlnAgendaPage *self)
{
  const char *symbol = gtk_editable_get_text (GTK_EDITABLE (self->symbol_entry));
  const char *series = _pln_agenda_page_get_series (self);
  gboolean ok = *symbol == '\0' || pln_symbol_in_series (symbol, series);

  /* The hint says what is expected, as the user types. */
  if (!ok)
    {
      /* Translators: %s is the symbol series of the working group, e.g. CTOC/COP/WG.7 */
      g_autofree char *hint = g_strdup_printf (_("Symbols of this working group start with %s/"), series);

      gtk_label_set_text (self->symbol_hint, hint);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->symbol_hint), !ok);
  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->symbol_entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->symbol_entry), "error");
}

static void
symbol_changed_cb (PlnAgendaPage *self)
{
  _pln_agenda_page_check_symbol (self);
}

static void
add_document_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);
  g_autoptr(PlnDocumentRef) doc = NULL;
  g_autofree char *symbol = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->symbol_entry)));
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->document_title_entry));

  g_strstrip (symbol);
  if (self->selected == NULL || (*symbol == '\0' && *title == '\0'))
    return;

  doc = pln_document_ref_new ();
  pln_document_ref_set_symbol (doc, symbol);
  pln_document_ref_set_title (doc, title);
  pln_agenda_item_append_document (self->selected, doc);
  gtk_editable_set_text (GTK_EDITABLE (self->symbol_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->document_title_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->symbol_entry));
}

/* agenda.remove-document ("u"): the document's position in the selected
 * item's list, which is its row's position (PlnDocumentRow asks). */
static void
remove_document_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);
  g_autoptr(GObject) doc = NULL;
  GListModel *documents;

  if (self->selected == NULL)
    return;

  documents = pln_agenda_item_get_documents (self->selected);
  doc = g_list_model_get_item (documents, g_variant_get_uint32 (parameter));
  if (doc != NULL)
    pln_context_remove_with_undo (pln_page_get_context (PLN_PAGE (self)), documents, doc, _("Document removed"));
}

void
_pln_agenda_page_class_init_documents (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, symbol_changed_cb);

  gtk_widget_class_install_action (widget_class, "agenda.add-document", NULL, add_document_action);
  gtk_widget_class_install_action (widget_class, "agenda.remove-document", "u", remove_document_action);
}
