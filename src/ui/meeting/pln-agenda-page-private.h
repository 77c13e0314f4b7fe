/* pln-agenda-page-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-agenda-page.h"
#include "pln-notes-group.h"
#include "pln-idle-refresh.h"

G_BEGIN_DECLS

/* The agenda page is split by concern: pln-agenda-page.c (the object, the
 * item list and its selection, what the page listens to), -items.c (items
 * and sub-items added, removed, moved), -documents.c (the documentation
 * of the selected item), -footnotes.c (the footnotes of the selected item
 * and of the annex title), -organization.c (the plenary meetings and what
 * they take up), -export.c (export and print). */

/* More items than this in one three-hour plenary meeting will not be
 * discussed properly: the organization of work says so. */
#define PLN_AGENDA_ITEMS_PER_SITTING 4

/* Which footnotes an editor shows. */
typedef enum
{
  PLN_FOOTNOTES_ITEM,
  PLN_FOOTNOTES_ANNEX,
  PLN_N_FOOTNOTE_EDITORS,
} PlnFootnotesOf;

/* A list of footnotes, each a row that edits and removes it, and the
 * entries that add one. */
typedef struct
{
  GtkListBox  *list;
  GtkEditable *anchor;
  GtkEditable *text;
} PlnFootnoteEditor;

struct _PlnAgendaPage
{
  PlnPage              parent_instance;

  /* Template widgets */
  GtkMenuButton       *export_button;
  GtkListView         *items_view;
  AdwStatusPage       *empty_page;
  AdwPreferencesGroup *item_group;
  AdwEntryRow         *title_row;
  AdwPreferencesGroup *annotation_group;
  PlnNotesGroup       *notes_group;
  GtkTextView         *annotation_view;
  AdwPreferencesGroup *documents_group;
  GtkListBox          *documents_list;
  AdwPreferencesGroup *item_footnotes_group;
  AdwPreferencesGroup *annex_footnotes_group;
  GtkEntry            *symbol_entry;
  GtkEntry            *document_title_entry;
  GtkLabel            *symbol_hint;
  GtkDropDown         *sitting_dropdown;
  GtkLabel            *organization_warning;
  GtkListBox          *organization_list;

  /* Borrowed references */
  AdwLeaflet          *leaflet;        /* the page's child, from the template */
  PlnMeeting          *meeting;        /* PlnPage's, kept in step by meeting_changed */

  /* Owned references */
  PlnAgendaItem       *selected;
  GtkTreeListModel    *tree;
  GtkSingleSelection  *selection;
  GListModel          *organization;   /* each plenary meeting, then what it takes up */
  GBinding            *title_binding;
  GBinding            *changed_binding;
  GBinding            *annotation_binding;
  GSignalGroup        *meeting_signals;
  GSignalGroup        *group_signals;
  GtkStringList       *sitting_names;
  PlnIdleRefresh       refresh;
  PlnDocumentFormat    export_format;  /* chosen in the menu, for the write after the chooser */
  PlnFootnoteEditor    footnotes[PLN_N_FOOTNOTE_EDITORS];
};

/* pln-agenda-page.c */
const char *_pln_agenda_page_get_series          (PlnAgendaPage *self);
void        _pln_agenda_page_show_details        (PlnAgendaPage *self);
GListModel *_pln_agenda_page_item_list           (PlnAgendaPage *self,
                                                  PlnAgendaItem *item);
void        _pln_agenda_page_renumber_and_select (PlnAgendaPage *self,
                                                  PlnAgendaItem *item);

/* pln-agenda-page-items.c */
GtkListItemFactory *_pln_agenda_page_create_item_factory (PlnAgendaPage  *self);
void        _pln_agenda_page_class_init_items    (GtkWidgetClass *widget_class);

/* pln-agenda-page-documents.c */
void        _pln_agenda_page_bind_documents      (PlnAgendaPage  *self);
void        _pln_agenda_page_check_symbol        (PlnAgendaPage  *self);
void        _pln_agenda_page_class_init_documents (GtkWidgetClass *widget_class);

/* pln-agenda-page-footnotes.c */
void        _pln_agenda_page_init_footnotes      (PlnAgendaPage  *self);
void        _pln_agenda_page_bind_footnotes      (PlnAgendaPage  *self);
void        _pln_agenda_page_class_init_footnotes (GtkWidgetClass *widget_class);

/* pln-agenda-page-organization.c */
void        _pln_agenda_page_bind_organization   (PlnAgendaPage  *self);
void        _pln_agenda_page_refresh_organization (PlnAgendaPage *self);
void        _pln_agenda_page_class_init_organization (GtkWidgetClass *widget_class);

/* pln-agenda-page-export.c */
void        _pln_agenda_page_class_init_export   (GtkWidgetClass *widget_class);

G_END_DECLS
