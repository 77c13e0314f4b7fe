/* pln-compendium-view-actions.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-compendium-view"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-compat.h"
#include "pln-export-flow.h"
#include "pln-compendium-view-private.h"

/* What the compendium view does besides showing: export what is shown as
 * the compendium document, add a theme to the thematic index, and file
 * every entry shown under a theme at once; each edit can be undone. */

/* ------------------------------------------------------------ export */

static gboolean
write_compendium (GObject  *owner,
                  GFile    *file,
                  GError  **error)
{
  PlnCompendiumView *self = PLN_COMPENDIUM_VIEW (owner);
  g_autoptr(PlnDocument) document = NULL;
  PlnCompendiumFilter filter;

  if (self->compendium == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The workspace is no longer open"));
      return FALSE;
    }

  _pln_compendium_view_get_filter (self, &filter);
  document = pln_compendium_document_new (self->compendium, &filter,
                                          gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  return pln_document_export (document, self->export_format, file, NULL, error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlnCompendiumView *self = PLN_COMPENDIUM_VIEW (widget);
  g_autofree char *name = NULL;
  PlnExportFlow flow = {
    .chooser_title = _("Export Compendium"),
    .error_heading = _("The Compendium Could Not Be Exported"),
    .done_message = _("Compendium exported"),
  };
  PlnDocumentFormat format;

  if (self->compendium == NULL || !pln_document_format_from_string (g_variant_get_string (parameter, NULL), &format))
    return;

  /* File names are English, like the document. */
  name = g_strdup_printf ("Compendium.%s", pln_document_format_get_extension (format));
  self->export_format = format;
  flow.suggested_name = name;
  pln_export_flow_run (&flow, widget, self->context, G_OBJECT (self), write_compendium);
}

/* ------------------------------------------------------------ themes */

/* The new theme goes under the theme chosen in the filter, if one. */
static void
new_theme_response_cb (GObject    *owner,
                       const char *response)
{
  PlnCompendiumView *self = PLN_COMPENDIUM_VIEW (owner);
  GtkEditable *entry = g_object_get_data (owner, "pln-theme-entry");
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(PlnTheme) theme = NULL;
  PlnCompendiumFilter filter;

  g_object_set_data (owner, "pln-theme-entry", NULL);
  if (!g_str_equal (response, "add") || *title == '\0' || self->workspace == NULL)
    return;

  _pln_compendium_view_get_filter (self, &filter);
  theme = pln_theme_new (title);
  if (filter.theme != NULL)
    pln_theme_set_parent (theme, pln_theme_get_id (filter.theme));
  pln_workspace_insert_theme (self->workspace, G_MAXUINT, theme);
  pln_context_add_insertion_undo (self->context, pln_workspace_get_themes (self->workspace), theme, NULL);
}

static void
new_theme_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlnCompendiumView *self = PLN_COMPENDIUM_VIEW (widget);
  const PlnAlertResponse responses[] = {
    { "cancel", _("_Cancel"), ADW_RESPONSE_DEFAULT },
    { "add", _("_Add"), ADW_RESPONSE_SUGGESTED },
  };
  GtkWidget *entry = gtk_entry_new ();
  PlnCompendiumFilter filter;
  g_autofree char *body = NULL;

  if (self->workspace == NULL)
    return;

  _pln_compendium_view_get_filter (self, &filter);
  if (filter.theme != NULL)
    {
      g_autofree char *parent = pln_workspace_dup_theme_path (self->workspace, filter.theme, " › ");

      /* Translators: %s is the theme chosen in the filter, such as "International cooperation" */
      body = g_strdup_printf (_("The new theme goes under “%s”."), parent);
    }
  else
    body = g_strdup (_("The new theme goes at the top of the thematic index; choose a theme in the filter first to put it under that one."));

  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title of the theme"), -1);
  g_object_set_data (G_OBJECT (self), "pln-theme-entry", entry);
  pln_alert_present (widget, _("New Theme"), body, entry, responses, G_N_ELEMENTS (responses),
                     "add", "cancel", G_OBJECT (self), new_theme_response_cb);
}

typedef struct
{
  GPtrArray *entries;
  GPtrArray *themes;   /* the themes each had, a GStrv or NULL */
} Filed;

static void
filed_free (gpointer data)
{
  Filed *filed = data;

  g_ptr_array_unref (filed->entries);
  g_ptr_array_unref (filed->themes);
  g_free (filed);
}

static void
undo_file (gpointer data)
{
  Filed *filed = data;

  for (guint i = 0; i < filed->entries->len; i++)
    pln_compendium_entry_set_themes (filed->entries->pdata[i], filed->themes->pdata[i]);
}

/* Every entry shown filed under the theme of the filter, in one edit. */
static void
file_under_theme_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PlnCompendiumView *self = PLN_COMPENDIUM_VIEW (widget);
  GListModel *shown = G_LIST_MODEL (self->shown);
  PlnCompendiumFilter filter;
  Filed *filed;
  g_autofree char *title = NULL;
  g_autofree char *path = NULL;

  _pln_compendium_view_get_filter (self, &filter);
  if (filter.theme == NULL)
    {
      pln_context_add_toast (self->context, adw_toast_new (_("Choose the theme in the Theme filter first")));
      return;
    }

  filed = g_new0 (Filed, 1);
  filed->entries = g_ptr_array_new_with_free_func (g_object_unref);
  filed->themes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(PlnCompendiumEntry) entry = g_list_model_get_item (shown, i);
      const char * const *themes = pln_compendium_entry_get_themes (entry);
      g_auto(GStrv) more = pln_themes_add (themes, pln_theme_get_id (filter.theme));

      g_ptr_array_add (filed->entries, g_object_ref (entry));
      g_ptr_array_add (filed->themes, g_strdupv ((char **) themes));
      pln_compendium_entry_set_themes (entry, (const char * const *) more);
    }

  path = pln_workspace_dup_theme_path (self->workspace, filter.theme, " › ");
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        /* Translators: %u entries, then a theme's title */
                                        "%u entry filed under “%s”", "%u entries filed under “%s”",
                                        filed->entries->len),
                           filed->entries->len, path);
  pln_context_add_undo (self->context, title, undo_file, filed, filed_free);
}

void
_pln_compendium_view_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "compendium.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "compendium.new-theme", NULL, new_theme_action);
  gtk_widget_class_install_action (widget_class, "compendium.file-under-theme", NULL, file_under_theme_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "compendium.export", "s", "pdf");
}
