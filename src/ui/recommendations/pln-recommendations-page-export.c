/* pln-recommendations-page-export.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-recommendations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-compat.h"
#include "pln-export-flow.h"
#include "pln-print.h"
#include "pln-recommendations-page-private.h"
#include "pln-share.h"

/* The non-paper leaves the page: exported (PDF, DOCX, ODT, text) through
 * the export flow and recorded in the meeting's export log, printed, or
 * e-mailed to the confirmed delegates (pln-share.c). */

static PlnDocument *
current_document (PlnRecommendationsPage *self)
{
  GSettings *settings = pln_recommendations_page_get_settings (self);
  gboolean sources = settings ? g_settings_get_boolean (settings, "non-paper-show-sources") : FALSE;
  GDate day;

  if (pln_recommendations_page_get_day (self, &day))
    return pln_non_paper_new (self->meeting, &day, sources);

  return pln_report_recommendations_new (self->meeting, sources);
}

/* The export flow's PlnWriteFunc: the format is the one chosen in the
 * menu, kept on the page while the file chooser is open. */
static gboolean
write_non_paper (GObject  *owner,
                 GFile    *file,
                 GError  **error)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (owner);
  g_autoptr(PlnDocument) document = NULL;
  g_autofree char *path = NULL;
  GDate day;

  if (self->meeting == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The meeting is no longer open"));
      return FALSE;
    }

  document = current_document (self);
  if (!pln_document_export (document, self->export_format, file, NULL, error))
    return FALSE;

  path = g_file_get_parse_name (file);
  if (pln_recommendations_page_get_day (self, &day))
    pln_meeting_record_export (self->meeting, &day, pln_document_format_get_extension (self->export_format), path);
  return TRUE;
}

/**
 * pln_recommendations_page_export_to:
 *
 * Exports the shown day's non-paper (or the report's recommendations) and
 * records the export.
 */
gboolean
pln_recommendations_page_export_to (PlnRecommendationsPage  *self,
                                    PlnDocumentFormat        format,
                                    GFile                   *file,
                                    GError                 **error)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATIONS_PAGE (self), FALSE);
  g_return_val_if_fail (self->meeting != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  self->export_format = format;
  return write_non_paper (G_OBJECT (self), file, error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  g_autofree char *name = NULL;
  PlnExportFlow flow = {
    .chooser_title = _("Export Non-paper"),
    .error_heading = _("The Non-paper Could Not Be Exported"),
    .done_message = _("Non-paper exported"),
  };
  PlnDocumentFormat format;
  GDate day;

  if (self->meeting == NULL || !pln_document_format_from_string (g_variant_get_string (parameter, NULL), &format))
    return;

  /* File names are English, like the document. */
  if (pln_recommendations_page_get_day (self, &day))
    name = g_strdup_printf ("Non-paper Day %d.%s", self->day_index + 1, pln_document_format_get_extension (format));
  else
    name = g_strdup_printf ("Agreed recommendations.%s", pln_document_format_get_extension (format));

  self->export_format = format;
  flow.suggested_name = name;
  pln_export_flow_run (&flow, widget, pln_page_get_context (PLN_PAGE (self)), G_OBJECT (self), write_non_paper);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  g_autoptr(PlnDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (self->meeting == NULL)
    return;

  document = current_document (self);
  if (!pln_print_document_for_widget (widget, document, NULL, &error))
    pln_alert_show_error (widget, _("The Non-paper Could Not Be Printed"), error->message);
}

static void
copy_addresses_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);

  if (self->meeting != NULL)
    pln_share_copy_addresses (widget, pln_page_get_context (PLN_PAGE (self)), self->meeting);
}

/* An e-mail to the confirmed delegates with the non-paper attached. The
 * e-mail is English, like the non-paper it carries. */
static void
share_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  g_autoptr(PlnDocument) document = NULL;
  static const PlnShare share = {
    .subject = "Non-paper",
    .body = "Please find attached the non-paper, unedited and in English only.",
    .file_name = "Non-paper.pdf",
  };

  if (self->meeting == NULL)
    return;

  document = current_document (self);
  pln_share_document (widget, pln_page_get_context (PLN_PAGE (self)), self->meeting, document, &share);
}

void
pln_recommendations_page_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "recommendations.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "recommendations.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "recommendations.share", NULL, share_action);
  gtk_widget_class_install_action (widget_class, "recommendations.copy-addresses", NULL, copy_addresses_action);
}
