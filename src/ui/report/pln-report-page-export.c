/* pln-report-page-export.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-report-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-compat.h"
#include "pln-export-flow.h"
#include "pln-print.h"
#include "pln-report-page-private.h"
#include "pln-share.h"

/* The report leaves the page as the non-paper does: exported (PDF, DOCX,
 * ODT, text) through the export flow, printed, or e-mailed to the
 * confirmed delegates. The report is English whatever the interface
 * language, and so are its file's name and the e-mail. */

PlnDocument *
pln_report_page_dup_document (PlnReportPage *self)
{
  return pln_report_document_new (self->meeting);
}

/* The export flow's PlnWriteFunc: the format is the one chosen in the
 * menu, kept on the page while the file chooser is open. */
static gboolean
write_report (GObject  *owner,
              GFile    *file,
              GError  **error)
{
  PlnReportPage *self = PLN_REPORT_PAGE (owner);
  g_autoptr(PlnDocument) document = NULL;

  if (self->meeting == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The meeting is no longer open"));
      return FALSE;
    }

  document = pln_report_page_dup_document (self);
  return pln_document_export (document, self->export_format, file, NULL, error);
}

/**
 * pln_report_page_export_to:
 *
 * Writes the report of the meeting shown to @file in @format.
 */
gboolean
pln_report_page_export_to (PlnReportPage      *self,
                           PlnDocumentFormat   format,
                           GFile              *file,
                           GError            **error)
{
  g_return_val_if_fail (PLN_IS_REPORT_PAGE (self), FALSE);
  g_return_val_if_fail (self->meeting != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  self->export_format = format;
  return write_report (G_OBJECT (self), file, error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlnReportPage *self = PLN_REPORT_PAGE (widget);
  g_autofree char *name = NULL;
  PlnExportFlow flow = {
    .chooser_title = _("Export Report"),
    .error_heading = _("The Report Could Not Be Exported"),
    .done_message = _("Report exported"),
  };
  PlnDocumentFormat format;

  if (self->meeting == NULL || !pln_document_format_from_string (g_variant_get_string (parameter, NULL), &format))
    return;

  name = g_strdup_printf ("Report.%s", pln_document_format_get_extension (format));
  self->export_format = format;
  flow.suggested_name = name;
  pln_export_flow_run (&flow, widget, pln_page_get_context (PLN_PAGE (self)), G_OBJECT (self), write_report);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlnReportPage *self = PLN_REPORT_PAGE (widget);
  g_autoptr(PlnDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (self->meeting == NULL)
    return;

  document = pln_report_page_dup_document (self);
  if (!pln_print_document_for_widget (widget, document, NULL, &error))
    pln_alert_show_error (widget, _("The Report Could Not Be Printed"), error->message);
}

static void
share_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlnReportPage *self = PLN_REPORT_PAGE (widget);
  g_autoptr(PlnDocument) document = NULL;
  static const PlnShare share = {
    .subject = "Draft report",
    .body = "Please find attached the draft report on the meeting.",
    .file_name = "Report.pdf",
  };

  if (self->meeting == NULL)
    return;

  document = pln_report_page_dup_document (self);
  pln_share_document (widget, pln_page_get_context (PLN_PAGE (self)), self->meeting, document, &share);
}

static void
copy_addresses_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlnReportPage *self = PLN_REPORT_PAGE (widget);

  if (self->meeting != NULL)
    pln_share_copy_addresses (widget, pln_page_get_context (PLN_PAGE (self)), self->meeting);
}

void
pln_report_page_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "report.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "report.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "report.share", NULL, share_action);
  gtk_widget_class_install_action (widget_class, "report.copy-addresses", NULL, copy_addresses_action);
}
