/* pln-registration-rows.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-registration-rows"

#include "config.h"

#include <string.h>

#include "pln-registration-rows.h"

/* The rows of the Registrations page: a meeting's registrations, sorted
 * and filtered, as a list of row slots. A slot is a place in the list;
 * which registration it shows changes with the search and the sort,
 * while the slot stays. GTK 4.8's list views make new widgets for every
 * row in view whenever the items of their model change (up to 200 rows
 * of eight cells, several hundred milliseconds); here a keystroke only
 * changes what the slots in view show, and adds or takes away slots at
 * the end of the list. The selection follows the registrations, not the
 * places.
 *
 * When a search widens, the list would gain up to 200 rows in view at
 * once, which GTK 4.8 makes in one frame (100-200 ms at 30 000). With a
 * step set, the rows come at most that many at a time up to the first
 * 200, one pln_registration_rows_add_pending() each (the page calls it
 * once a frame); the "pending" property says how many are still to come,
 * and the selection stays on registrations not yet given a row.
 *
 * A keystroke that changes what every row shows would have GTK 4.8 lay
 * out again the 200 rows it keeps (60-80 ms at 30 000): with a step set,
 * only the slots in view (pln_registration_rows_set_view(), and the first
 * screenful) show their new registration at once; the others follow,
 * twice a step a frame, counted in "pending" too. Rows out of view show
 * the registration of before for those few frames.
 *
 * When a search narrows, GTK 4.8 destroys the widgets of the rows taken
 * away, up to 200 in one frame (40-50 ms). With a step set, the rows that
 * have widgets are taken away TAKEN_AT_ONCE a frame: until then the rows
 * past the last registration shown are blank (those in view at once),
 * and counted in "pending"; scrolled past the rows that stay, they go at
 * once. The shown list, the summary and the selection are right from the
 * keystroke on.
 *
 * pln_registration_rows_get_shown() is the same list as registrations,
 * for whatever needs them rather than rows (exports, e-mails, tests),
 * whole at once. */

/* GTK 4.8's list views make the widgets of up to 200 rows around the one
 * in view, whatever the list's length: past that many, rows are added at
 * once. */
#define MADE_AT_MOST 200

/* The rows a change shows again at once around the first in view: more
 * than a screenful. */
#define SHOWN_AT_ONCE 40

/* The rows with widgets a narrowing takes away per frame: GTK 4.8
 * destroys a row of eight cells in about a quarter of a millisecond. */
#define TAKEN_AT_ONCE 40

/* ------------------------------------------------------------ slots */

struct _PlnRegistrationSlot
{
  GObject              parent_instance;

  PlnRegistration     *registration;
  PlnRegistrationRows *rows;     /* weak: clears itself from it when gone */
  guint                position;
};

G_DEFINE_FINAL_TYPE (PlnRegistrationSlot, pln_registration_slot, G_TYPE_OBJECT)

enum {
  SLOT_PROP_0,
  SLOT_PROP_REGISTRATION,
  SLOT_N_PROPS
};

static GParamSpec *slot_properties [SLOT_N_PROPS];

struct _PlnRegistrationRows
{
  GObject            parent_instance;

  GListModel        *source;
  PlnRowKeyFunc      key_func;
  gboolean           descending;
  gpointer           key_data;
  GtkFilter         *filter;
  GtkSelectionModel *selection;  /* weak */
  GPtrArray         *sorted;     /* PlnRegistration, owned */
  GPtrArray         *shown;      /* PlnRegistration, borrowed from sorted */
  GPtrArray         *slots;      /* PlnRegistrationSlot or NULL, weak: the rows, at most as many as shown */
  GListModel        *shown_model;
  guint              shown_length;  /* as shown_model last said */
  guint              pending;    /* shown, without a row yet, and stale slots */
  GtkBitset         *stale;      /* slots still showing the registration of before */
  guint              view;       /* about the first position in view */
  guint              step;       /* rows added at a time, 0 for all at once */
  GHashTable        *held;       /* selected registrations shown but without a row yet */
};

enum {
  PROP_0,
  PROP_PENDING,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
slot_set_registration (PlnRegistrationSlot *self,
                       PlnRegistration     *registration)
{
  if (g_set_object (&self->registration, registration))
    g_object_notify_by_pspec (G_OBJECT (self), slot_properties [SLOT_PROP_REGISTRATION]);
}

static void
pln_registration_slot_finalize (GObject *object)
{
  PlnRegistrationSlot *self = PLN_REGISTRATION_SLOT (object);

  if (self->rows != NULL && self->position < self->rows->slots->len &&
      g_ptr_array_index (self->rows->slots, self->position) == self)
    g_ptr_array_index (self->rows->slots, self->position) = NULL;
  g_clear_object (&self->registration);

  G_OBJECT_CLASS (pln_registration_slot_parent_class)->finalize (object);
}

static void
pln_registration_slot_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PlnRegistrationSlot *self = PLN_REGISTRATION_SLOT (object);

  switch (prop_id)
    {
    case SLOT_PROP_REGISTRATION:
      g_value_set_object (value, self->registration);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_registration_slot_class_init (PlnRegistrationSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pln_registration_slot_finalize;
  object_class->get_property = pln_registration_slot_get_property;

  slot_properties [SLOT_PROP_REGISTRATION] =
    g_param_spec_object ("registration", NULL, NULL,
                         PLN_TYPE_REGISTRATION,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, SLOT_N_PROPS, slot_properties);
}

static void
pln_registration_slot_init (PlnRegistrationSlot *self)
{
}

/**
 * pln_registration_slot_get_registration:
 *
 * Returns: (transfer none) (nullable): the registration the row shows
 */
PlnRegistration *
pln_registration_slot_get_registration (PlnRegistrationSlot *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION_SLOT (self), NULL);

  return self->registration;
}

/* ------------------------------------------------------------ the shown registrations */

#define PLN_TYPE_REGISTRATION_ARRAY (pln_registration_array_get_type ())

G_DECLARE_FINAL_TYPE (PlnRegistrationArray, pln_registration_array, PLN, REGISTRATION_ARRAY, GObject)

struct _PlnRegistrationArray
{
  GObject    parent_instance;

  GPtrArray *items;   /* borrowed: the rows' shown array, which outlives it */
};

static GType
pln_registration_array_get_item_type (GListModel *model)
{
  return PLN_TYPE_REGISTRATION;
}

static guint
pln_registration_array_get_n_items (GListModel *model)
{
  PlnRegistrationArray *self = PLN_REGISTRATION_ARRAY (model);

  return self->items ? self->items->len : 0;
}

static gpointer
pln_registration_array_get_item (GListModel *model,
                                 guint       position)
{
  PlnRegistrationArray *self = PLN_REGISTRATION_ARRAY (model);

  if (self->items == NULL || position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
pln_registration_array_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = pln_registration_array_get_item_type;
  iface->get_n_items = pln_registration_array_get_n_items;
  iface->get_item = pln_registration_array_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (PlnRegistrationArray, pln_registration_array, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, pln_registration_array_list_model_init))

static void
pln_registration_array_class_init (PlnRegistrationArrayClass *klass)
{
}

static void
pln_registration_array_init (PlnRegistrationArray *self)
{
}

/* ------------------------------------------------------------ rows */

static GType
pln_registration_rows_get_item_type (GListModel *model)
{
  return PLN_TYPE_REGISTRATION_SLOT;
}

static guint
pln_registration_rows_get_n_items (GListModel *model)
{
  return PLN_REGISTRATION_ROWS (model)->slots->len;
}

static gpointer
pln_registration_rows_get_item (GListModel *model,
                                guint       position)
{
  PlnRegistrationRows *self = PLN_REGISTRATION_ROWS (model);
  PlnRegistrationSlot *slot;

  if (position >= self->slots->len)
    return NULL;

  slot = g_ptr_array_index (self->slots, position);
  if (slot != NULL)
    return g_object_ref (slot);

  /* Made when asked for, kept only while a row holds it. */
  slot = g_object_new (PLN_TYPE_REGISTRATION_SLOT, NULL);
  if (position < self->shown->len)
    slot->registration = g_object_ref (g_ptr_array_index (self->shown, position));
  slot->rows = self;
  slot->position = position;
  g_ptr_array_index (self->slots, position) = slot;
  gtk_bitset_remove (self->stale, position);
  return slot;
}

static void
pln_registration_rows_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = pln_registration_rows_get_item_type;
  iface->get_n_items = pln_registration_rows_get_n_items;
  iface->get_item = pln_registration_rows_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (PlnRegistrationRows, pln_registration_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, pln_registration_rows_list_model_init))

/* The registrations selected, to select again where they are now: those
 * of the rows, and those waiting for one. */
static GHashTable *
dup_selected (PlnRegistrationRows *self)
{
  g_autoptr(GtkBitset) bits = NULL;
  GHashTable *selected = g_hash_table_new (NULL, NULL);
  GHashTableIter held;
  GtkBitsetIter iter;
  gpointer reg;
  guint position;

  g_hash_table_iter_init (&held, self->held);
  while (g_hash_table_iter_next (&held, &reg, NULL))
    g_hash_table_add (selected, reg);

  if (self->selection == NULL)
    return selected;

  bits = gtk_selection_model_get_selection (self->selection);
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, bits, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    if (position < MIN (self->slots->len, self->shown->len))
      g_hash_table_add (selected, g_ptr_array_index (self->shown, position));

  return selected;
}

static void
reselect (PlnRegistrationRows *self,
          GHashTable          *selected)
{
  g_autoptr(GtkBitset) bits = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) mask = NULL;

  g_hash_table_remove_all (self->held);
  if (self->selection == NULL)
    return;

  for (guint i = 0; i < self->shown->len && g_hash_table_size (selected) > 0; i++)
    {
      PlnRegistration *reg = g_ptr_array_index (self->shown, i);

      if (!g_hash_table_contains (selected, reg))
        continue;
      if (i < self->slots->len)
        gtk_bitset_add (bits, i);
      else
        g_hash_table_add (self->held, g_object_ref (reg));
    }

  mask = gtk_bitset_new_range (0, MAX (self->slots->len, 1));
  gtk_selection_model_set_selection (self->selection, bits, mask);
}

/* How many rows the list has after one more step towards @wanted. Rows
 * are added a step at a time up to the first MADE_AT_MOST; taken away,
 * those past the ones with widgets go at once, the others TAKEN_AT_ONCE
 * at a time. */
static guint
next_n_rows (PlnRegistrationRows *self,
             guint                n_rows,
             guint                wanted)
{
  guint made_end;

  if (self->step == 0 || wanted == n_rows)
    return wanted;

  if (wanted > n_rows)
    return n_rows >= MADE_AT_MOST ? wanted : MIN (wanted, n_rows + self->step);

  /* Scrolled down past the rows that stay, nothing would be left to
   * see: the list shows its end at once. */
  if (self->view > 0 && self->view >= wanted)
    return wanted;

  made_end = MIN (n_rows, self->view + MADE_AT_MOST);
  return MAX (wanted, made_end > TAKEN_AT_ONCE ? made_end - TAKEN_AT_ONCE : 0);
}

static void
update_pending (PlnRegistrationRows *self)
{
  guint n_shown = self->shown->len, n_rows = self->slots->len;
  guint pending = MAX (n_shown, n_rows) - MIN (n_shown, n_rows) + (guint) gtk_bitset_get_size (self->stale);

  if (self->pending != pending)
    {
      self->pending = pending;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PENDING]);
    }
}

/* Gives the list @new_n rows, @old_n before, the first MIN of them kept. */
static void
set_n_rows (PlnRegistrationRows *self,
            guint                old_n,
            guint                new_n)
{
  /* Slots beyond the new end are no longer anyone's place. */
  for (guint i = new_n; i < old_n; i++)
    {
      PlnRegistrationSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot != NULL)
        slot->rows = NULL;
    }
  g_ptr_array_set_size (self->slots, new_n);

  if (new_n < old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
  else if (new_n > old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);

  if (new_n < old_n)
    gtk_bitset_remove_range (self->stale, new_n, old_n - new_n);
  update_pending (self);
}

static void
refilter (PlnRegistrationRows *self)
{
  g_autoptr(GHashTable) selected = dup_selected (self);
  guint old_n = self->slots->len;
  guint new_n;
  guint view;

  g_ptr_array_set_size (self->shown, 0);
  for (guint i = 0; i < self->sorted->len; i++)
    {
      PlnRegistration *reg = g_ptr_array_index (self->sorted, i);

      if (self->filter == NULL || gtk_filter_match (self->filter, reg))
        g_ptr_array_add (self->shown, reg);
    }
  new_n = next_n_rows (self, old_n, self->shown->len);

  /* The slots in view and the first screenful show their registration
   * now, the others over the next frames (with a step). A list that gets
   * shorter than where it was scrolled to shows its end. */
  view = MIN (self->view, new_n > SHOWN_AT_ONCE ? new_n - SHOWN_AT_ONCE : 0);
  gtk_bitset_remove_all (self->stale);
  for (guint i = 0; i < MIN (old_n, new_n); i++)
    {
      PlnRegistrationSlot *slot = g_ptr_array_index (self->slots, i);
      PlnRegistration *reg;

      if (slot == NULL)
        continue;
      /* Past the last registration shown, a blank row until it goes;
       * out of view, it is taken away before it would be shown again. */
      reg = i < self->shown->len ? g_ptr_array_index (self->shown, i) : NULL;
      if (self->step == 0 || i < SHOWN_AT_ONCE ||
          (i + SHOWN_AT_ONCE / 4 >= view && i < view + SHOWN_AT_ONCE))
        slot_set_registration (slot, reg);
      else if (reg != NULL && slot->registration != reg)
        gtk_bitset_add (self->stale, i);
    }

  /* The shown list said how long it was: what the rows are now, and those
   * still to come. */
  set_n_rows (self, old_n, new_n);
  reselect (self, selected);
  g_list_model_items_changed (self->shown_model, 0, self->shown_length, self->shown->len);
  self->shown_length = self->shown->len;
}

/* Keys made once per sort, compared without calls: 30 000 rows are some
 * 450 000 comparisons. Ties keep the source's order. */
static int
compare_keys (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const PlnRowKey *x = a, *y = b;
  gboolean descending = GPOINTER_TO_INT (user_data);
  int order;

  if (x->text != NULL && y->text != NULL)
    {
      order = memcmp (x->text, y->text, MIN (x->length, y->length));
      if (order == 0)
        order = (x->length > y->length) - (x->length < y->length);
    }
  else
    order = (x->number > y->number) - (x->number < y->number);

  if (descending)
    order = -order;
  return order != 0 ? order : (x->index > y->index) - (x->index < y->index);
}

static void
resort (PlnRegistrationRows *self)
{
  guint n = self->source ? g_list_model_get_n_items (self->source) : 0;
  g_autofree PlnRowKey *keys = NULL;

  g_ptr_array_set_size (self->sorted, 0);
  if (self->key_func == NULL)
    {
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (self->sorted, g_list_model_get_item (self->source, i));
      refilter (self);
      return;
    }

  keys = g_new0 (PlnRowKey, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      keys[i].item = g_list_model_get_item (self->source, i);
      keys[i].index = i;
      self->key_func (keys[i].item, &keys[i], self->key_data);
    }
  g_qsort_with_data (keys, n, sizeof (PlnRowKey), compare_keys, GINT_TO_POINTER (self->descending));
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->sorted, keys[i].item);

  refilter (self);
}

static void
filter_changed_cb (PlnRegistrationRows *self)
{
  refilter (self);
}

static void
source_items_changed_cb (PlnRegistrationRows *self)
{
  resort (self);
}

static void
pln_registration_rows_dispose (GObject *object)
{
  PlnRegistrationRows *self = PLN_REGISTRATION_ROWS (object);

  for (guint i = 0; self->slots != NULL && i < self->slots->len; i++)
    {
      PlnRegistrationSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot != NULL)
        slot->rows = NULL;
    }

  /* The selection may be going too: nothing to keep on it. */
  g_clear_weak_pointer (&self->selection);
  pln_registration_rows_set_source (self, NULL);
  pln_registration_rows_set_filter (self, NULL);
  g_clear_object (&self->shown_model);
  g_hash_table_remove_all (self->held);

  G_OBJECT_CLASS (pln_registration_rows_parent_class)->dispose (object);
}

static void
pln_registration_rows_finalize (GObject *object)
{
  PlnRegistrationRows *self = PLN_REGISTRATION_ROWS (object);

  g_clear_pointer (&self->slots, g_ptr_array_unref);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->held, g_hash_table_unref);
  g_clear_pointer (&self->sorted, g_ptr_array_unref);
  g_clear_pointer (&self->stale, gtk_bitset_unref);

  G_OBJECT_CLASS (pln_registration_rows_parent_class)->finalize (object);
}

static void
pln_registration_rows_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PlnRegistrationRows *self = PLN_REGISTRATION_ROWS (object);

  switch (prop_id)
    {
    case PROP_PENDING:
      g_value_set_uint (value, self->pending);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_registration_rows_class_init (PlnRegistrationRowsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pln_registration_rows_dispose;
  object_class->finalize = pln_registration_rows_finalize;
  object_class->get_property = pln_registration_rows_get_property;

  /**
   * PlnRegistrationRows:pending:
   *
   * How many registrations are shown without a row yet, rows past them
   * still to be taken away, and rows out of view that still show the
   * registration of before (see pln_registration_rows_add_pending()).
   */
  properties [PROP_PENDING] =
    g_param_spec_uint ("pending", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pln_registration_rows_init (PlnRegistrationRows *self)
{
  PlnRegistrationArray *shown;

  self->sorted = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown = g_ptr_array_new ();
  self->slots = g_ptr_array_new ();
  self->held = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->stale = gtk_bitset_new_empty ();
  shown = g_object_new (PLN_TYPE_REGISTRATION_ARRAY, NULL);
  shown->items = self->shown;
  self->shown_model = G_LIST_MODEL (shown);
}

PlnRegistrationRows *
pln_registration_rows_new (void)
{
  return g_object_new (PLN_TYPE_REGISTRATION_ROWS, NULL);
}

void
pln_registration_rows_set_source (PlnRegistrationRows *self,
                                  GListModel          *registrations)
{
  g_return_if_fail (PLN_IS_REGISTRATION_ROWS (self));

  if (self->source == registrations)
    return;

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  g_set_object (&self->source, registrations);
  if (registrations != NULL)
    g_signal_connect_swapped (registrations, "items-changed", G_CALLBACK (source_items_changed_cb), self);

  resort (self);
}

/**
 * pln_registration_rows_set_sort_key:
 * @func: (nullable): what to sort by, or %NULL for the source's order
 *
 * Sorts the rows again by the keys @func gives. The texts of the keys
 * must last as long as their registrations are unchanged.
 */
void
pln_registration_rows_set_sort_key (PlnRegistrationRows *self,
                                    PlnRowKeyFunc        func,
                                    gboolean             descending,
                                    gpointer             user_data)
{
  g_return_if_fail (PLN_IS_REGISTRATION_ROWS (self));

  self->key_func = func;
  self->descending = descending;
  self->key_data = user_data;
  resort (self);
}

void
pln_registration_rows_set_filter (PlnRegistrationRows *self,
                                  GtkFilter           *filter)
{
  g_return_if_fail (PLN_IS_REGISTRATION_ROWS (self));

  if (self->filter == filter)
    return;

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    {
      g_signal_connect_swapped (filter, "changed", G_CALLBACK (filter_changed_cb), self);
      refilter (self);
    }
}

/* The selection over these rows, kept on the same registrations across
 * searches and sorts. */
void
pln_registration_rows_set_selection (PlnRegistrationRows *self,
                                     GtkSelectionModel   *selection)
{
  g_return_if_fail (PLN_IS_REGISTRATION_ROWS (self));

  g_set_weak_pointer (&self->selection, selection);
}

/**
 * pln_registration_rows_refresh:
 *
 * Says to every row in existence that its registration may have changed,
 * for the rows to show it again: after an edit, rather than each row
 * watching each property of the registration it shows.
 */
void
pln_registration_rows_refresh (PlnRegistrationRows *self)
{
  g_return_if_fail (PLN_IS_REGISTRATION_ROWS (self));

  for (guint i = 0; i < self->slots->len; i++)
    {
      PlnRegistrationSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot != NULL)
        g_object_notify_by_pspec (G_OBJECT (slot), slot_properties [SLOT_PROP_REGISTRATION]);
    }
}

/**
 * pln_registration_rows_get_shown:
 *
 * Returns: (transfer none): the registrations of the rows, in order
 */
GListModel *
pln_registration_rows_get_shown (PlnRegistrationRows *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION_ROWS (self), NULL);

  return self->shown_model;
}

/**
 * pln_registration_rows_get_registration:
 *
 * Returns: (transfer none) (nullable): the registration at @position
 */
PlnRegistration *
pln_registration_rows_get_registration (PlnRegistrationRows *self,
                                        guint                position)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION_ROWS (self), NULL);

  return position < self->shown->len ? g_ptr_array_index (self->shown, position) : NULL;
}

/**
 * pln_registration_rows_set_step:
 * @step: how many rows to add at a time, 0 for all at once
 *
 * Bounds the rows a change adds to the list up to the first 200 (those a
 * GTK 4.8 list view makes at once); the others wait for
 * pln_registration_rows_add_pending().
 */
void
pln_registration_rows_set_step (PlnRegistrationRows *self,
                                guint                step)
{
  g_return_if_fail (PLN_IS_REGISTRATION_ROWS (self));

  self->step = step;
}

/**
 * pln_registration_rows_set_view:
 * @position: about the first row in view
 *
 * Where the list is scrolled to: the rows around it show what a change
 * gives them at once, with those of the first screenful.
 */
void
pln_registration_rows_set_view (PlnRegistrationRows *self,
                                guint                position)
{
  g_return_if_fail (PLN_IS_REGISTRATION_ROWS (self));

  self->view = position;
}

/**
 * pln_registration_rows_get_pending:
 *
 * Returns: how many registrations shown have no row yet, rows past them
 *   still to be taken away, and rows out of view still to show their
 *   registration
 */
guint
pln_registration_rows_get_pending (PlnRegistrationRows *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION_ROWS (self), 0);

  return self->pending;
}

/**
 * pln_registration_rows_add_pending:
 *
 * Takes away TAKEN_AT_ONCE of the rows past the registrations shown, or
 * shows their registration in two steps' worth of rows out of view that
 * still show another, or, when none does, adds one step of the rows still
 * to come, the selection kept on the same registrations.
 */
void
pln_registration_rows_add_pending (PlnRegistrationRows *self)
{
  g_autoptr(GHashTable) selected = NULL;
  guint old_n;

  g_return_if_fail (PLN_IS_REGISTRATION_ROWS (self));

  if (self->pending == 0)
    return;

  /* Rows to take away go first, then those that still show a
   * registration of before. */
  if (self->slots->len <= self->shown->len && !gtk_bitset_is_empty (self->stale))
    {
      for (guint n = 0; n < MAX (self->step * 2, 1) && !gtk_bitset_is_empty (self->stale); n++)
        {
          guint i = gtk_bitset_get_minimum (self->stale);
          PlnRegistrationSlot *slot = g_ptr_array_index (self->slots, i);

          gtk_bitset_remove (self->stale, i);
          if (slot != NULL)
            slot_set_registration (slot, g_ptr_array_index (self->shown, i));
        }
      update_pending (self);
      return;
    }

  selected = dup_selected (self);
  old_n = self->slots->len;
  set_n_rows (self, old_n, next_n_rows (self, old_n, self->shown->len));
  reselect (self, selected);
}
