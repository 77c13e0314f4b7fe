/* pln-document-row.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-document-row"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-document-row.h"
#include "pln-format.h"

/* A document before the meeting under an agenda item: its title and
 * symbol, kept up to date, marked when the symbol is not in the working
 * group's series; its button asks the agenda page to remove it
 * (agenda.remove-document, with the row's position, which is the
 * document's in the list the rows are made from). */

struct _PlnDocumentRow
{
  AdwActionRow    parent_instance;

  /* Owned references */
  PlnDocumentRef *document;
  char           *series;
};

G_DEFINE_FINAL_TYPE (PlnDocumentRow, pln_document_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SERIES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
symbol_changed_cb (PlnDocumentRow *self)
{
  const char *symbol = pln_document_ref_get_symbol (self->document);

  if (pln_symbol_in_series (symbol, self->series))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("The symbol is not in the working group’s series"));
    }
}

static void
remove_clicked_cb (PlnDocumentRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "agenda.remove-document", "u",
                              (guint32) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self)));
}

static void
pln_document_row_constructed (GObject *object)
{
  PlnDocumentRow *self = PLN_DOCUMENT_ROW (object);

  G_OBJECT_CLASS (pln_document_row_parent_class)->constructed (object);

  g_return_if_fail (PLN_IS_DOCUMENT_REF (self->document));

  g_object_bind_property_full (self->document, "title", self, "title", G_BINDING_SYNC_CREATE,
                               pln_format_binding_reading_order, NULL, NULL, NULL);
  g_object_bind_property_full (self->document, "symbol", self, "subtitle", G_BINDING_SYNC_CREATE,
                               pln_format_binding_text, NULL, NULL, NULL);
  g_signal_connect_object (self->document, "notify::symbol", G_CALLBACK (symbol_changed_cb), self,
                           G_CONNECT_SWAPPED);
  symbol_changed_cb (self);
}

static void
pln_document_row_dispose (GObject *object)
{
  PlnDocumentRow *self = PLN_DOCUMENT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLN_TYPE_DOCUMENT_ROW);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (pln_document_row_parent_class)->dispose (object);
}

static void
pln_document_row_finalize (GObject *object)
{
  PlnDocumentRow *self = PLN_DOCUMENT_ROW (object);

  g_free (self->series);

  G_OBJECT_CLASS (pln_document_row_parent_class)->finalize (object);
}

static void
pln_document_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PlnDocumentRow *self = PLN_DOCUMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_SERIES:
      g_value_set_string (value, self->series);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_document_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PlnDocumentRow *self = PLN_DOCUMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    case PROP_SERIES:
      self->series = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_document_row_class_init (PlnDocumentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pln_document_row_constructed;
  object_class->dispose = pln_document_row_dispose;
  object_class->finalize = pln_document_row_finalize;
  object_class->get_property = pln_document_row_get_property;
  object_class->set_property = pln_document_row_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PLN_TYPE_DOCUMENT_REF,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* The row is made again when the series changes (the page rebinds). */
  properties [PROP_SERIES] =
    g_param_spec_string ("series", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-document-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
pln_document_row_init (PlnDocumentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pln_document_row_new (PlnDocumentRef *document,
                      const char     *series)
{
  g_return_val_if_fail (PLN_IS_DOCUMENT_REF (document), NULL);

  return g_object_new (PLN_TYPE_DOCUMENT_ROW, "document", document, "series", series, NULL);
}

/**
 * pln_document_row_get_document:
 *
 * Returns: (transfer none): the document shown
 */
PlnDocumentRef *
pln_document_row_get_document (PlnDocumentRow *self)
{
  g_return_val_if_fail (PLN_IS_DOCUMENT_ROW (self), NULL);

  return self->document;
}
