/* pln-recommendations-page-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-idle-refresh.h"
#include "pln-recommendations-page.h"

G_BEGIN_DECLS

/* What the files of the page share: the list and the entry bar
 * (pln-recommendations-page.c), the agenda item of the entry bar
 * (-items.c), the status workflow, moves and merging (-status.c), the
 * deadline clock (-deadline.c), export, printing and sharing (-export.c). */

/**
 * PlnListWatch:
 *
 * Follows a GListModel and the notifications of its items, so the page
 * hears of an edit to what it shows and of nothing else.
 */
typedef struct
{
  GListModel          *model;
  GPtrArray           *items;      /* the model's items, each connected */
  const char * const  *signals;    /* what is connected on each item */
  gulong               items_changed_id;
  void               (*changed) (gpointer owner);
  gpointer             owner;
} PlnListWatch;

struct _PlnRecommendationsPage
{
  PlnPage              parent_instance;

  /* Template widgets */
  GtkScrolledWindow   *days_scroller;
  GtkBox              *days_box;
  GtkWidget           *non_paper_button;
  GtkLabel            *deadline_label;
  GtkLabel            *status_label;
  GtkWidget           *entry_bar;
  GtkEntry            *text_entry;
  GtkDropDown         *item_dropdown;
  GtkEntry            *source_entry;
  GtkLabel            *similar_label;
  GtkBox              *earlier_box;
  GtkStack            *list_stack;
  GtkListView         *list_view;
  AdwStatusPage       *empty_page;

  /* Borrowed references */
  PlnMeeting          *meeting;           /* PlnPage's, kept in step by meeting_changed */

  /* Owned references */
  GSignalGroup        *meeting_signals;
  PlnListWatch         recommendations_watch;
  PlnListWatch         exports_watch;
  PlnListWatch         agenda_watch;
  GPtrArray           *sub_item_watches;  /* a PlnListWatch of each item's sub-items */
  GListStore          *items;             /* the agenda items of the drop-down, in order */
  GHashTable          *last_items;        /* meeting id → id of the item last used */
  PlnAgendaItem       *item_under_way;    /* when the drop-down last followed the agenda */
  GHashTable          *item_order;        /* item → its place in the agenda */
  GtkCustomFilter     *filter;
  GtkCustomSorter     *sorter;
  GtkFilterListModel  *shown;
  GHashTable          *bound_items;       /* the GtkListItems showing a row */
  GArray              *numbers;           /* each shown one's number in the non-paper, or 0 */

  PlnRecommendation   *focused_rec;       /* whose row has the focus, for the earlier ones */
  PlnCompendium       *waiting_compendium; /* its index being built for them */
  PlnRecommendation   *reveal_pending;    /* to give the focus to once its row is made */

  PlnIdleRefresh       refresh;
  guint                earlier_source;
  guint                reveal_source;
  guint                reveal_tries;
  guint                clock_source;
  int                  day_index;         /* -1 for the report */
  gboolean             agenda_changed;
  PlnDocumentFormat    export_format;
  GDate                notified_day;
};

/* pln-recommendations-page.c */
gboolean            pln_recommendations_page_get_day         (PlnRecommendationsPage *self,
                                                              GDate                  *day);
PlnRecommendation  *pln_recommendations_page_find            (PlnRecommendationsPage *self,
                                                              const char             *id);
GSettings          *pln_recommendations_page_get_settings    (PlnRecommendationsPage *self);
GDateTime          *pln_recommendations_page_dup_now         (PlnRecommendationsPage *self);
void                pln_recommendations_page_schedule_refresh (PlnRecommendationsPage *self);

/* pln-recommendations-page-items.c */
void                pln_recommendations_page_set_items       (PlnRecommendationsPage *self,
                                                              GPtrArray              *items);
PlnAgendaItem      *pln_recommendations_page_get_chosen_item (PlnRecommendationsPage *self);
void                pln_recommendations_page_follow_agenda   (PlnRecommendationsPage *self,
                                                              gboolean                again);
void                pln_recommendations_page_remember_item   (PlnRecommendationsPage *self,
                                                              PlnAgendaItem          *item);
void                pln_recommendations_page_init_items      (PlnRecommendationsPage *self);
void                pln_recommendations_page_dispose_items   (PlnRecommendationsPage *self);
void                pln_recommendations_page_class_init_items (GtkWidgetClass        *widget_class);

/* pln-recommendations-page-status.c */
GMenuModel         *pln_recommendations_page_row_menu        (PlnRecommendationsPage *self,
                                                              PlnRecommendation      *rec);
void                pln_recommendations_page_update_status   (PlnRecommendationsPage *self);
gboolean            pln_recommendations_page_move            (PlnRecommendationsPage *self,
                                                              PlnRecommendation      *rec,
                                                              int                     delta);
void                pln_recommendations_page_class_init_status (GtkWidgetClass       *widget_class);

/* pln-recommendations-page-earlier.c */
void                pln_recommendations_page_schedule_earlier (PlnRecommendationsPage *self);
void                pln_recommendations_page_set_focused     (PlnRecommendationsPage *self,
                                                              PlnRecommendation      *rec);
void                pln_recommendations_page_track_focus     (PlnRecommendationsPage *self,
                                                              gboolean                track);
void                pln_recommendations_page_init_earlier    (PlnRecommendationsPage *self);
void                pln_recommendations_page_dispose_earlier (PlnRecommendationsPage *self);

/* pln-recommendations-page-themes.c */
void                pln_recommendations_page_class_init_themes (GtkWidgetClass       *widget_class);

/* pln-recommendations-page-deadline.c */
gboolean            pln_recommendations_page_update_deadline (gpointer                user_data);

/* pln-recommendations-page-export.c */
void                pln_recommendations_page_class_init_export (GtkWidgetClass       *widget_class);

G_END_DECLS
