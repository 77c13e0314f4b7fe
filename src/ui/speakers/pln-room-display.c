/* pln-room-display.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The second window, for the room and the interpreters' booths: who has
 * the floor, the time they have left, the online time left in the plenary
 * meeting and who comes next, in type large enough for the back of the
 * room. One per application: presenting it again shows the plenary
 * meeting asked for in the same window. */

#define G_LOG_DOMAIN "pln-room-display"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-format.h"
#include "pln-room-display.h"

#define N_NEXT      3
#define AMBER_US    (30 * G_USEC_PER_SEC)
#define MINUTE_US   (60 * (gint64) G_USEC_PER_SEC)

#define PLN_TYPE_ROOM_DISPLAY (pln_room_display_get_type ())

G_DECLARE_FINAL_TYPE (PlnRoomDisplay, pln_room_display, PLN, ROOM_DISPLAY, AdwWindow)

struct _PlnRoomDisplay
{
  AdwWindow       parent_instance;

  /* Widgets */
  GtkWidget      *header;
  AdwWindowTitle *title;
  GtkWidget      *sitting_label;
  GtkWidget      *budget_label;
  GtkWidget      *speaker_label;
  GtkWidget      *online_label;
  GtkWidget      *countdown_label;
  GtkWidget      *next_heading;
  GtkWidget      *next_rows[N_NEXT];
  GtkWidget      *next_names[N_NEXT];
  GtkWidget      *next_online[N_NEXT];

  /* Borrowed references */
  GtkWidget      *parent;   /* weak: the window it was asked from */

  /* Owned references */
  PlnMeeting     *meeting;
  PlnSitting     *sitting;
  GPtrArray      *watched;  /* the speakers whose changes are followed */
  PlnSpeaker     *current;
  guint           tick_id;
};

G_DEFINE_FINAL_TYPE (PlnRoomDisplay, pln_room_display, ADW_TYPE_WINDOW)

/* Weak: the application's one room display, NULL when closed. */
static PlnRoomDisplay *the_display;

static void refresh (PlnRoomDisplay *self);

/* ------------------------------------------------------------ helpers */

static void
set_text (GtkWidget  *label,
          const char *text)
{
  /* The clock calls this on every frame: a label relays out only when
   * its text really changes. */
  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) != 0)
    gtk_label_set_text (GTK_LABEL (label), text);
}

static void
set_class (GtkWidget  *widget,
           const char *css_class,
           gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

/* "mm:ss", whole seconds rounded up: a countdown shows 03:00 until the
 * first second has gone, and 00:00 only when the time is up. */
static char *
format_clock (gint64 us)
{
  gint64 seconds = (MAX (us, 0) + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;

  return g_strdup_printf ("%02" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT, seconds / 60, seconds % 60);
}

/* The time left, or past the limit the time over, counting up with a
 * "+" so that the colour is not the only sign. */
static char *
format_countdown (gint64 left_us)
{
  gint64 over;

  if (left_us >= 0)
    return format_clock (left_us);

  over = -left_us / G_USEC_PER_SEC;
  return g_strdup_printf ("+%02" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT, over / 60, over % 60);
}

static GtkWidget *
label_new (const char *css_class,
           float       xalign)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, css_class);
  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  return label;
}

static GtkWidget *
online_mark_new (void)
{
  /* Translators: on the room display, a speaker who takes the floor online */
  GtkWidget *label = gtk_label_new (_("Online"));

  gtk_widget_add_css_class (label, "pln-room-online");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

/* ------------------------------------------------------------ the clock */

static void
update_budget (PlnRoomDisplay      *self,
               const PlnFloorStamp *now)
{
  g_autofree char *left = NULL;
  g_autofree char *text = NULL;
  PlnOnlineBudget budget;

  pln_sitting_get_online_budget (self->sitting, self->meeting, now, &budget);
  left = format_clock (budget.cap_us - budget.used_us - budget.planned_us);
  /* Translators: on the room display; %s is minutes and seconds, "12:30" */
  text = g_strdup_printf (_("Online time left: %s"), left);
  set_text (self->budget_label, text);
}

static void
update_clock (PlnRoomDisplay *self)
{
  g_autofree char *countdown = NULL;
  PlnFloorStamp now;
  gint64 left;

  pln_floor_stamp_now (&now);
  update_budget (self, &now);
  if (self->current == NULL)
    return;

  left = pln_speaker_get_limit_minutes (self->current, self->meeting) * MINUTE_US -
         pln_speaker_get_spoken_us (self->current, &now);
  countdown = format_countdown (left);
  set_text (self->countdown_label, countdown);
  set_class (self->countdown_label, "pln-room-amber", left >= 0 && left <= AMBER_US);
  set_class (self->countdown_label, "pln-room-over", left < 0);
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *frame_clock,
         gpointer       user_data)
{
  update_clock (PLN_ROOM_DISPLAY (widget));
  return G_SOURCE_CONTINUE;
}

/* The frame clock drives the countdown while a statement runs: it keeps
 * pace with the screen and stops when nothing moves. */
static void
update_ticking (PlnRoomDisplay *self)
{
  gboolean speaking = self->current != NULL && pln_speaker_is_speaking (self->current);

  if (speaking && self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick_cb, NULL, NULL);
  else if (!speaking && self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
}

/* ------------------------------------------------------------ the list */

static void
show_next (PlnRoomDisplay *self,
           guint           i,
           PlnSpeaker     *speaker)
{
  /* Delegation names stay as inscribed, in whatever language. */
  set_text (self->next_names[i], pln_speaker_get_delegation (speaker));
  gtk_widget_set_visible (self->next_online[i], pln_speaker_is_online (speaker));
  gtk_widget_set_visible (self->next_rows[i], TRUE);
}

static void
show_current (PlnRoomDisplay *self)
{
  const char *delegation = self->current ? pln_speaker_get_delegation (self->current) : NULL;

  set_text (self->speaker_label, delegation && *delegation ? delegation : "—");
  gtk_widget_set_visible (self->online_label, self->current && pln_speaker_is_online (self->current));
  gtk_widget_set_visible (self->countdown_label, self->current != NULL);
}

/* The current speaker is the first of the list whose statement has not
 * ended; the next ones follow in the list's order. */
static void
refresh (PlnRoomDisplay *self)
{
  GListModel *speakers = pln_sitting_get_speakers (self->sitting);
  guint n = g_list_model_get_n_items (speakers);
  guint n_next = 0;

  g_clear_object (&self->current);
  for (guint i = 0; i < n && n_next < N_NEXT; i++)
    {
      g_autoptr(PlnSpeaker) speaker = g_list_model_get_item (speakers, i);

      if (pln_speaker_has_ended (speaker))
        continue;
      if (self->current == NULL)
        self->current = g_steal_pointer (&speaker);
      else
        show_next (self, n_next++, speaker);
    }

  for (guint i = n_next; i < N_NEXT; i++)
    gtk_widget_set_visible (self->next_rows[i], FALSE);
  gtk_widget_set_visible (self->next_heading, n_next > 0);
  show_current (self);
  update_clock (self);
  update_ticking (self);
}

static void
unwatch_speakers (PlnRoomDisplay *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    {
      PlnSpeaker *speaker = g_ptr_array_index (self->watched, i);

      g_signal_handlers_disconnect_by_data (speaker, self);
      g_signal_handlers_disconnect_by_data (pln_speaker_get_events (speaker), self);
    }
  g_ptr_array_set_size (self->watched, 0);
}

static void
speaker_changed_cb (PlnRoomDisplay *self)
{
  refresh (self);
}

/* Each speaker's name, channel and log: a statement started or ended
 * in the Speakers page shows here at once. */
static void
watch_speakers (PlnRoomDisplay *self)
{
  GListModel *speakers = pln_sitting_get_speakers (self->sitting);

  unwatch_speakers (self);
  for (guint i = 0; i < g_list_model_get_n_items (speakers); i++)
    {
      PlnSpeaker *speaker = g_list_model_get_item (speakers, i);

      g_signal_connect_swapped (speaker, "notify", G_CALLBACK (speaker_changed_cb), self);
      g_signal_connect_swapped (pln_speaker_get_events (speaker), "items-changed",
                                G_CALLBACK (speaker_changed_cb), self);
      g_ptr_array_add (self->watched, speaker);
    }
}

static void
speakers_changed_cb (PlnRoomDisplay *self)
{
  watch_speakers (self);
  refresh (self);
}

static void
unset_sitting (PlnRoomDisplay *self)
{
  if (self->watched != NULL)
    unwatch_speakers (self);
  if (self->sitting != NULL)
    g_signal_handlers_disconnect_by_data (pln_sitting_get_speakers (self->sitting), self);
  g_clear_object (&self->current);
  g_clear_object (&self->sitting);
  g_clear_object (&self->meeting);
}

static void
set_sitting (PlnRoomDisplay *self,
             PlnMeeting     *meeting,
             PlnSitting     *sitting)
{
  g_autofree char *name = pln_sitting_dup_display_name (sitting);
  g_autofree char *title = pln_format_meeting_short_title (meeting);

  unset_sitting (self);
  self->meeting = g_object_ref (meeting);
  self->sitting = g_object_ref (sitting);
  g_signal_connect_swapped (pln_sitting_get_speakers (sitting), "items-changed",
                            G_CALLBACK (speakers_changed_cb), self);

  set_text (self->sitting_label, name);
  adw_window_title_set_subtitle (self->title, title);
  watch_speakers (self);
  refresh (self);
}

/* ------------------------------------------------------------ fullscreen */

/* With a second screen (the projector), fullscreen goes to a screen other
 * than the one of the window it was opened from. */
static GdkMonitor *
dup_other_monitor (PlnRoomDisplay *self)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GListModel *monitors = gdk_display_get_monitors (display);
  GtkNative *parent = self->parent ? gtk_widget_get_native (self->parent) : NULL;
  GdkSurface *surface = parent ? gtk_native_get_surface (parent) : NULL;
  GdkMonitor *own = surface ? gdk_display_get_monitor_at_surface (display, surface) : NULL;

  if (own == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != own)
        return g_steal_pointer (&monitor);
    }

  return NULL;
}

static void
toggle_fullscreen_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PlnRoomDisplay *self = PLN_ROOM_DISPLAY (widget);
  g_autoptr(GdkMonitor) monitor = NULL;

  if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
    {
      gtk_window_unfullscreen (GTK_WINDOW (self));
      return;
    }

  monitor = dup_other_monitor (self);
  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
}

static void
leave_fullscreen_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_window_unfullscreen (GTK_WINDOW (widget));
}

/* Fullscreen, the room sees the display alone: no header bar, no pointer. */
static void
fullscreened_cb (PlnRoomDisplay *self)
{
  gboolean fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (self));

  gtk_widget_set_visible (self->header, !fullscreen);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), fullscreen ? "none" : NULL);
}

/* ------------------------------------------------------------ the widgets */

static GtkWidget *
header_new (PlnRoomDisplay *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("view-fullscreen-symbolic");

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Room Display"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "room.toggle-fullscreen");
  /* Translators: the tooltip of the room display's button; F11 is the key */
  gtk_widget_set_tooltip_text (button, _("Fullscreen (F11)"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), button);
  gtk_widget_add_css_class (header, "flat");
  return header;
}

/* Three rows, a fixed number: the next speakers, not the list. */
static void
append_next (PlnRoomDisplay *self,
             GtkWidget      *content)
{
  /* Translators: the heading of the next speakers on the room display */
  self->next_heading = gtk_label_new (_("Next"));
  gtk_widget_add_css_class (self->next_heading, "pln-room-next-heading");
  gtk_label_set_xalign (GTK_LABEL (self->next_heading), 0.0);
  gtk_box_append (GTK_BOX (content), self->next_heading);
  for (guint i = 0; i < N_NEXT; i++)
    {
      self->next_rows[i] = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
      self->next_names[i] = label_new ("pln-room-next", 0.0);
      gtk_label_set_ellipsize (GTK_LABEL (self->next_names[i]), PANGO_ELLIPSIZE_END);
      self->next_online[i] = online_mark_new ();
      gtk_box_append (GTK_BOX (self->next_rows[i]), self->next_names[i]);
      gtk_box_append (GTK_BOX (self->next_rows[i]), self->next_online[i]);
      gtk_box_append (GTK_BOX (content), self->next_rows[i]);
    }
}

/* The plenary meeting and the online time left on top, the speaker and
 * their clock in the middle, the next speakers below. */
static GtkWidget *
content_new (PlnRoomDisplay *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);

  gtk_widget_add_css_class (content, "pln-room-content");
  gtk_widget_set_vexpand (content, TRUE);
  self->sitting_label = label_new ("pln-room-top", 0.0);
  gtk_widget_set_hexpand (self->sitting_label, TRUE);
  self->budget_label = label_new ("pln-room-top", 1.0);
  gtk_box_append (GTK_BOX (top), self->sitting_label);
  gtk_box_append (GTK_BOX (top), self->budget_label);
  gtk_box_append (GTK_BOX (content), top);

  self->speaker_label = label_new ("pln-room-speaker", 0.5);
  gtk_label_set_wrap (GTK_LABEL (self->speaker_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->speaker_label), GTK_JUSTIFY_CENTER);
  gtk_widget_set_vexpand (self->speaker_label, TRUE);
  gtk_widget_set_valign (self->speaker_label, GTK_ALIGN_END);
  self->online_label = online_mark_new ();
  gtk_widget_set_halign (self->online_label, GTK_ALIGN_CENTER);
  self->countdown_label = label_new ("pln-room-countdown", 0.5);
  gtk_widget_add_css_class (self->countdown_label, "numeric");
  /* A clock reads left to right in every language, "+" first. */
  gtk_widget_set_direction (self->countdown_label, GTK_TEXT_DIR_LTR);
  gtk_box_append (GTK_BOX (content), self->speaker_label);
  gtk_box_append (GTK_BOX (content), self->online_label);
  gtk_box_append (GTK_BOX (content), self->countdown_label);

  append_next (self, content);
  return content;
}

/* ------------------------------------------------------------ GObject */

static void
pln_room_display_dispose (GObject *object)
{
  PlnRoomDisplay *self = PLN_ROOM_DISPLAY (object);

  unset_sitting (self);
  g_clear_pointer (&self->watched, g_ptr_array_unref);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (pln_room_display_parent_class)->dispose (object);
}

static void
pln_room_display_class_init (PlnRoomDisplayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_room_display_dispose;

  gtk_widget_class_install_action (widget_class, "room.toggle-fullscreen", NULL, toggle_fullscreen_cb);
  gtk_widget_class_install_action (widget_class, "room.leave-fullscreen", NULL, leave_fullscreen_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "room.toggle-fullscreen", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "room.leave-fullscreen", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
pln_room_display_init (PlnRoomDisplay *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  /* Translators: the title of the second window, shown to the room */
  gtk_window_set_title (GTK_WINDOW (self), _("Room Display"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1280, 720);
  gtk_widget_add_css_class (GTK_WIDGET (self), "pln-room-display");

  self->header = header_new (self);
  gtk_box_append (GTK_BOX (box), self->header);
  gtk_box_append (GTK_BOX (box), content_new (self));
  adw_window_set_content (ADW_WINDOW (self), box);
  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_cb), NULL);
}

/* ------------------------------------------------------------ public API */

/**
 * pln_room_display_present:
 * @parent: (nullable): the widget it is asked from
 * @context: the application's context
 * @meeting: the meeting
 * @sitting: the plenary meeting to show, of @meeting
 *
 * Opens the room display on @sitting, or shows @sitting in the one
 * already open and raises it.
 */
void
pln_room_display_present (GtkWidget  *parent,
                          PlnContext *context,
                          PlnMeeting *meeting,
                          PlnSitting *sitting)
{
  GApplication *application;

  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));
  g_return_if_fail (PLN_IS_CONTEXT (context));
  g_return_if_fail (PLN_IS_MEETING (meeting));
  g_return_if_fail (PLN_IS_SITTING (sitting));

  if (the_display == NULL)
    {
      PlnRoomDisplay *display = g_object_new (PLN_TYPE_ROOM_DISPLAY, NULL);

      g_set_weak_pointer (&the_display, display);
      application = pln_context_get_application (context);
      if (GTK_IS_APPLICATION (application))
        gtk_window_set_application (GTK_WINDOW (the_display), GTK_APPLICATION (application));
    }

  g_set_weak_pointer (&the_display->parent, parent);
  set_sitting (the_display, meeting, sitting);
  gtk_window_present (GTK_WINDOW (the_display));
}

/**
 * pln_room_display_get_window:
 *
 * Returns: (transfer none) (nullable): the room display, if open
 */
GtkWindow *
pln_room_display_get_window (void)
{
  return the_display ? GTK_WINDOW (the_display) : NULL;
}

/**
 * pln_room_display_get_speaker_text:
 *
 * Returns: the delegation shown as having the floor, "—" for none
 */
const char *
pln_room_display_get_speaker_text (GtkWindow *window)
{
  g_return_val_if_fail (PLN_IS_ROOM_DISPLAY (window), NULL);

  return gtk_label_get_label (GTK_LABEL (PLN_ROOM_DISPLAY (window)->speaker_label));
}

/**
 * pln_room_display_get_countdown_text:
 *
 * Returns: the countdown shown, "02:59" or "+00:12"
 */
const char *
pln_room_display_get_countdown_text (GtkWindow *window)
{
  g_return_val_if_fail (PLN_IS_ROOM_DISPLAY (window), NULL);

  return gtk_label_get_label (GTK_LABEL (PLN_ROOM_DISPLAY (window)->countdown_label));
}

/**
 * pln_room_display_get_budget_text:
 *
 * Returns: the online time left as shown, "Online time left: 12:30"
 */
const char *
pln_room_display_get_budget_text (GtkWindow *window)
{
  g_return_val_if_fail (PLN_IS_ROOM_DISPLAY (window), NULL);

  return gtk_label_get_label (GTK_LABEL (PLN_ROOM_DISPLAY (window)->budget_label));
}
