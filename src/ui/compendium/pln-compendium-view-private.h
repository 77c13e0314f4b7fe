/* pln-compendium-view-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-context.h"
#include "pln-date-row.h"
#include "pln-compendium-view.h"

G_BEGIN_DECLS

/* The fields of the dialog of a resolution or decision. */
typedef struct
{
  PlnResolution *resolution;     /* the one edited, or NULL for a new one */
  AdwComboRow   *kind_row;
  AdwEntryRow   *symbol_row;
  PlnDateRow    *date_row;
  AdwComboRow   *group_row;
  GtkTextView   *text_view;
  GPtrArray     *themes;         /* the thematic index in order … */
  GPtrArray     *theme_checks;   /* … and a GtkCheckButton each */
} PlnResolutionForm;

struct _PlnCompendiumView
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkWidget       *toolbar;
  GtkSearchEntry  *search_entry;
  GtkDropDown     *group_dropdown;
  GtkDropDown     *theme_dropdown;
  GtkDropDown     *kind_dropdown;
  GtkSpinButton   *from_spin;
  GtkSpinButton   *to_spin;
  GtkCheckButton  *all_statuses_check;
  GtkMenuButton   *theme_menu_button;
  GtkMenuButton   *export_button;
  GtkButton       *add_button;
  GtkLabel        *count_label;
  GtkListView     *list_view;
  GtkStack        *stack;
  GtkSpinner      *building_spinner;
  GtkProgressBar  *building_progress;

  /* Borrowed references */
  PlnContext      *context;

  /* Owned references */
  PlnWorkspace    *workspace;
  PlnCompendium   *compendium;
  GListStore      *shown;
  GtkStringList   *group_names;
  GtkStringList   *theme_names;
  PlnDocumentFormat export_format;
  guint            refresh_id;
  gboolean         updating_choices;
  gboolean         stale;            /* to search again once mapped */
};

void         _pln_compendium_view_get_filter     (PlnCompendiumView   *self,
                                                  PlnCompendiumFilter *filter);
void         _pln_compendium_view_update_choices (PlnCompendiumView   *self);
void         _pln_compendium_view_class_init_actions (GtkWidgetClass  *widget_class);
void         _pln_compendium_view_edit_resolution (PlnCompendiumView *self,
                                                   PlnResolution     *resolution);
void         _pln_resolution_form_free           (gpointer           data);
void         _pln_compendium_view_class_init_resolutions (GtkWidgetClass *widget_class);

G_END_DECLS
