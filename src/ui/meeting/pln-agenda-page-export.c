/* pln-agenda-page-export.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-agenda-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-agenda-page-private.h"
#include "pln-compat.h"
#include "pln-export-flow.h"
#include "pln-print.h"

/* The annotated provisional agenda, exported through the one export flow
 * (file chooser, safe write, toast) or printed through GTK. */

static gboolean
write_agenda (GObject  *owner,
              GFile    *file,
              GError  **error)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (owner);
  g_autoptr(PlnDocument) document = NULL;

  if (self->meeting == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("The meeting is no longer shown; nothing was written."));
      return FALSE;
    }

  document = pln_agenda_document_new (self->meeting);
  return pln_document_export (document, self->export_format, file, NULL, error);
}

/* What the export of the agenda says at each step, from the menu or not. */
static PlnExportFlow
agenda_export_flow (const char *suggested_name)
{
  return (PlnExportFlow) {
    .chooser_title = _("Export Agenda"),
    .suggested_name = suggested_name,
    .error_heading = _("The Agenda Could Not Be Exported"),
    .done_message = _("Agenda exported"),
  };
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);
  PlnDocumentFormat format;
  PlnWorkingGroup *group;
  const char *short_name;
  g_autofree char *name = NULL;
  PlnExportFlow flow;

  if (self->meeting == NULL || !pln_document_format_from_string (g_variant_get_string (parameter, NULL), &format))
    return;

  group = pln_meeting_get_working_group (self->meeting);
  short_name = group ? pln_working_group_get_short_name (group) : NULL;
  /* The file name is English, like the document. */
  name = g_strdup_printf ("Annotated provisional agenda %s %u.%s", short_name ? short_name : "",
                          pln_meeting_get_ordinal (self->meeting), pln_document_format_get_extension (format));
  flow = agenda_export_flow (name);

  self->export_format = format;
  pln_export_flow_run (&flow, widget, pln_page_get_context (PLN_PAGE (self)), G_OBJECT (self), write_agenda);
}

/**
 * pln_agenda_page_export:
 * @file: where to write
 *
 * Exports the annotated provisional agenda to @file in @format without
 * asking where, as after the file chooser: an alert says why it failed,
 * a toast that it was written.
 *
 * Returns: whether @file was written
 */
gboolean
pln_agenda_page_export (PlnAgendaPage     *self,
                        PlnDocumentFormat  format,
                        GFile             *file)
{
  const PlnExportFlow flow = agenda_export_flow (NULL);

  g_return_val_if_fail (PLN_IS_AGENDA_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  self->export_format = format;
  return pln_export_flow_write (&flow, GTK_WIDGET (self), pln_page_get_context (PLN_PAGE (self)),
                                G_OBJECT (self), write_agenda, file);
}

/**
 * pln_agenda_page_print:
 * @export_filename: (nullable): a PDF file to print to without asking, or
 *   %NULL for the print dialog
 *
 * Prints the annotated provisional agenda through GTK's printing.
 */
gboolean
pln_agenda_page_print (PlnAgendaPage  *self,
                       const char     *export_filename,
                       GError        **error)
{
  g_autoptr(PlnDocument) document = NULL;

  g_return_val_if_fail (PLN_IS_AGENDA_PAGE (self), FALSE);
  g_return_val_if_fail (self->meeting != NULL, FALSE);

  document = pln_agenda_document_new (self->meeting);
  return pln_print_document_for_widget (GTK_WIDGET (self), document, export_filename, error);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->meeting == NULL)
    return;

  if (!pln_agenda_page_print (self, NULL, &error))
    pln_alert_show_error (widget, _("The Agenda Could Not Be Printed"), error->message);
}

void
_pln_agenda_page_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "agenda.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "agenda.print", NULL, print_action);
}
