/* pln-print.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-print"

#include "config.h"

#include "pln-compat.h"
#include "pln-print.h"

/* Printing sets the same pages as the PDF writer: the document's layout,
 * on the whole sheet (the layout keeps its own margins), in points. */

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PlnDocument       *document)
{
  PangoContext *pango = gtk_print_context_create_pango_context (context);
  PlnDocumentLayout *layout = pln_document_layout_new (document, pango,
                                                       gtk_print_context_get_width (context),
                                                       gtk_print_context_get_height (context));

  g_object_set_data_full (G_OBJECT (operation), "layout", layout, (GDestroyNotify) pln_document_layout_free);
  gtk_print_operation_set_n_pages (operation, pln_document_layout_get_n_pages (layout));
  g_object_unref (pango);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PlnDocument       *document)
{
  PlnDocumentLayout *layout = g_object_get_data (G_OBJECT (operation), "layout");

  pln_document_layout_render_page (layout, gtk_print_context_get_cairo_context (context), page);
}

/**
 * pln_print_document:
 * @export_filename: (nullable): a PDF file to print to without asking, or
 *   %NULL for the print dialog
 *
 * Prints @document through GTK's printing.
 */
gboolean
pln_print_document (GtkWindow    *parent,
                    PlnDocument  *document,
                    const char   *export_filename,
                    GError      **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();

  g_return_val_if_fail (PLN_IS_DOCUMENT (document), FALSE);

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, pln_document_get_title (document));
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb),
                         g_object_ref (document), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), document);
  if (export_filename != NULL)
    gtk_print_operation_set_export_filename (operation, export_filename);

  return gtk_print_operation_run (operation,
                                  export_filename ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                  : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                  parent, error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/**
 * pln_print_document_for_widget:
 * @widget: the widget printing starts from (a page)
 * @export_filename: (nullable): a PDF file to print to without asking, or
 *   %NULL for the print dialog
 *
 * Prints @document, the print dialog over @widget's window: pages need
 * not know their window.
 */
gboolean
pln_print_document_for_widget (GtkWidget    *widget,
                               PlnDocument  *document,
                               const char   *export_filename,
                               GError      **error)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  return pln_print_document (pln_widget_get_parent_window (widget), document, export_filename, error);
}
