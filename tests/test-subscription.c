/* test-subscription.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "plenary-core.h"
#include "pln-test-http.h"
#include "pln-test-util.h"

/* A delegation's subscription to a secretariat's public edition: over
 * file:// (etags) and over HTTP from a real apache2 (conditional requests
 * counted in its access log): the first copy, nothing downloaded again
 * when nothing changed, a new non-paper signalled, the server gone (the
 * copy kept, offline since when, backing off) and back. */

#define MEETING "m-wg-7-2022"
#define NON_PAPER "documents/wg7-2022-non-paper-day1.pdf"

typedef struct
{
  PlnWorkspace *workspace;  /* the secretariat's */
  char         *published;  /* the folder it publishes to */
  char         *home;       /* the delegation's subscriptions */

  PlnSubscriptions *list;          /* the delegation's, in home */
  PlnSubscription  *subscription;  /* to what is published */
  GPtrArray        *received;      /* the paths of the new documents signalled */
} Secretariat;

static void
secretariat_publish (Secretariat *s)
{
  pln_test_publish (s->workspace, s->published);
}

static void
secretariat_init (Secretariat *s)
{
  g_autofree char *folder = pln_test_make_folder ();

  s->workspace = pln_demo_new_workspace ();
  s->published = g_build_filename (folder, "published", NULL);
  s->home = g_build_filename (folder, "delegation", NULL);
  g_assert_cmpint (g_mkdir_with_parents (s->published, 0755), ==, 0);
  secretariat_publish (s);
}

/* The chair shares the non-paper of Day 1, and it is published. */
static void
secretariat_share_day_one (Secretariat *s)
{
  pln_test_share_day (s->workspace, MEETING, 0);
  secretariat_publish (s);
}

static void
secretariat_clear (Secretariat *s)
{
  g_clear_object (&s->subscription);
  g_clear_object (&s->list);
  g_clear_pointer (&s->received, g_ptr_array_unref);
  g_clear_object (&s->workspace);
  g_free (s->published);
  g_free (s->home);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Secretariat, secretariat_clear)

typedef struct
{
  gboolean   done;
  GError    *error;
} Refresh;

static void
refresh_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Refresh *refresh = user_data;

  pln_subscription_refresh_finish (PLN_SUBSCRIPTION (object), result, &refresh->error);
  refresh->done = TRUE;
}

static gboolean
refresh_done (gpointer user_data)
{
  return ((Refresh *) user_data)->done;
}

static gboolean
folder_gone (gpointer subscription)
{
  return !g_file_query_exists (pln_subscription_get_folder (subscription), NULL);
}

/* Refreshes @subscription, iterating the main context meanwhile (the
 * worker never blocks it). */
static GError *
refresh (PlnSubscription *subscription)
{
  Refresh state = { FALSE, NULL };

  pln_subscription_refresh_async (subscription, NULL, refresh_cb, &state);
  g_assert_false (state.done);
  g_assert_true (pln_test_wait_until (refresh_done, &state, 60000));
  return state.error;
}

static void
new_documents_cb (PlnSubscription *subscription,
                  GPtrArray       *documents,
                  GPtrArray       *received)
{
  for (guint i = 0; i < documents->len; i++)
    g_ptr_array_add (received, g_strdup (pln_published_document_get_path (documents->pdata[i])));
}

/* The delegation subscribes to @url (the first copy not fetched yet). */
static void
subscribe (Secretariat *s,
           const char  *url)
{
  g_autoptr(GFile) home = g_file_new_for_path (s->home);
  g_autoptr(GError) error = NULL;

  s->list = pln_subscriptions_new (home);
  s->subscription = pln_subscriptions_prepare (s->list, url, &error);
  g_assert_no_error (error);
  s->received = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (s->subscription, "new-documents", G_CALLBACK (new_documents_cb), s->received);
}

static guint
file_mode (GFile *file)
{
  GStatBuf buf;

  g_assert_cmpint (g_stat (g_file_peek_path (file), &buf), ==, 0);
  return buf.st_mode & 0777;
}

static guint
count_documents (const char *folder)
{
  g_autofree char *documents = g_build_filename (folder, PLN_PUBLIC_EDITION_DOCUMENTS, NULL);

  return pln_test_count_files (documents);
}

/* ------------------------------------------------------------ addresses */

static void
test_url (void)
{
  static const struct { const char *text; const char *url; } good[] = {
    { "https://example.org/wg/", "https://example.org/wg" },
    { " https://example.org/wg/workspace.json ", "https://example.org/wg" },
    { "davs://dav.example.org/public", "davs://dav.example.org/public" },
    { "dav://127.0.0.1:8080/", "dav://127.0.0.1:8080" },
    { "/srv/published/", "file:///srv/published" },
    { "file:///srv/published/workspace.json", "file:///srv/published" },
  };
  static const char * const bad[] = { "", "   ", "ftp://example.org/", "example.org/wg", "mailto:a@b.org", "http://exa mple" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *url = pln_subscription_normalize_url (good[i].text, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (url, ==, good[i].url);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *url = pln_subscription_normalize_url (bad[i], &error);

      g_assert_null (url);
      g_assert_error (error, PLN_ERROR, PLN_ERROR_INVALID);
    }
}

/* ------------------------------------------------------------ file:// */

static void
test_file (void)
{
  g_auto(Secretariat) s = { NULL, };
  PlnSubscription *subscription;
  GPtrArray *received;
  g_autoptr(GFile) edition = NULL;
  g_autoptr(GFile) non_paper = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cache = NULL;
  gboolean downloaded;
  guint documents;

  secretariat_init (&s);
  subscribe (&s, s.published);
  subscription = s.subscription;
  received = s.received;
  g_assert_false (pln_subscription_has_copy (subscription));

  /* The first copy: the edition and every document; no news. */
  error = refresh (subscription);
  g_assert_no_error (error);
  pln_subscription_get_last_downloads (subscription, &downloaded, &documents);
  g_assert_true (downloaded);
  g_assert_cmpuint (documents, ==, count_documents (s.published));
  g_assert_cmpuint (documents, >, 0);
  g_assert_cmpuint (received->len, ==, 0);
  g_assert_cmpint (pln_subscription_get_state (subscription), ==, PLN_SUBSCRIPTION_ONLINE);
  g_assert_cmpstr (pln_subscription_get_title (subscription), ==, "UNODC Secretariat");
  edition = pln_subscription_get_edition_file (subscription);
  g_assert_cmpuint (file_mode (edition), ==, 0600);
  {
    g_autoptr(GFile) folder = g_file_get_parent (edition);

    cache = g_file_get_path (folder);
  }
  g_assert_cmpuint (count_documents (cache), ==, documents);

  /* The same copy: its etag is that of the copy, nothing is read. */
  error = refresh (subscription);
  g_assert_no_error (error);
  pln_subscription_get_last_downloads (subscription, &downloaded, &documents);
  g_assert_false (downloaded);
  g_assert_cmpuint (documents, ==, 0);

  /* A new non-paper: downloaded alone, and signalled. */
  secretariat_share_day_one (&s);
  error = refresh (subscription);
  g_assert_no_error (error);
  pln_subscription_get_last_downloads (subscription, &downloaded, &documents);
  g_assert_true (downloaded);
  g_assert_cmpuint (documents, ==, 1);
  g_assert_cmpuint (received->len, ==, 1);
  g_assert_cmpstr (received->pdata[0], ==, NON_PAPER);
  non_paper = pln_subscription_get_document_file (subscription, NON_PAPER);
  g_assert_true (g_file_query_exists (non_paper, NULL));
  g_assert_null (pln_subscription_get_document_file (subscription, "../notes.json"));

  /* Something else published there: refused, the copy kept. */
  {
    g_autofree char *path = g_build_filename (s.published, PLN_PUBLIC_EDITION_FILE, NULL);
    g_autoptr(GBytes) before = pln_test_read_bytes (g_file_peek_path (edition));
    g_autoptr(GBytes) after = NULL;
    g_autoptr(GBytes) full = pln_json_serialize_workspace (s.workspace);

    g_assert_true (g_file_set_contents (path, g_bytes_get_data (full, NULL), g_bytes_get_size (full), NULL));
    error = refresh (subscription);
    g_assert_error (error, PLN_ERROR, PLN_ERROR_PARSE);
    g_assert_nonnull (strstr (error->message, "not a secretariat’s public edition"));
    g_assert_cmpint (pln_subscription_get_state (subscription), ==, PLN_SUBSCRIPTION_ERROR);
    after = pln_test_read_bytes (g_file_peek_path (edition));
    g_assert_true (g_bytes_equal (before, after));
  }

  /* A document's path that an address would decode to leave the folder
   * ("%2e%2e" is ".."): refused, nothing read from outside. */
  {
    g_autofree char *path = g_build_filename (s.published, PLN_PUBLIC_EDITION_FILE, NULL);
    g_autofree char *outside = g_build_filename (s.published, "..", "secret.txt", NULL);
    g_autofree char *contents = NULL;
    g_autoptr(GString) edited = NULL;
    char *at;

    g_clear_error (&error);
    g_assert_cmpint (g_unlink (path), ==, 0);   /* the full workspace put there above */
    secretariat_publish (&s);
    g_assert_true (g_file_set_contents (outside, "not published", -1, NULL));
    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    edited = g_string_new (contents);
    at = strstr (edited->str, "\"path\" : \"documents/");
    g_assert_nonnull (at);
    g_string_insert (edited, at - edited->str + strlen ("\"path\" : \"documents/"), "%2e%2e/%2e%2e/");
    g_assert_true (g_file_set_contents (path, edited->str, edited->len, NULL));
    error = refresh (subscription);
    g_assert_error (error, PLN_ERROR, PLN_ERROR_PARSE);
    g_assert_nonnull (strstr (error->message, "is not inside the published folder"));
    g_clear_error (&error);
    g_assert_cmpuint (count_documents (cache), ==, count_documents (s.published));
  }

  /* Unsubscribed while a refresh is under way: nothing of it stays. */
  {
    Refresh state = { FALSE, NULL };

    g_object_ref (subscription);
    g_assert_true (pln_subscriptions_add (s.list, subscription, &error));
    secretariat_share_day_one (&s);
    secretariat_publish (&s);
    pln_subscription_refresh_async (subscription, NULL, refresh_cb, &state);
    g_assert_true (pln_subscriptions_remove (s.list, subscription, &error));
    g_assert_no_error (error);
    g_assert_true (pln_test_wait_until (refresh_done, &state, 60000));
    g_clear_error (&state.error);
    g_assert_true (pln_test_wait_until (folder_gone, subscription, 10000));
    g_assert_true (pln_test_wait_idle (2000));
    g_assert_false (g_file_query_exists (pln_subscription_get_folder (subscription), NULL));
    g_object_unref (subscription);
  }
}

/* ------------------------------------------------------------ HTTP */

static gboolean
is_state (gpointer user_data)
{
  gpointer *what = user_data;

  return pln_subscription_get_state (what[0]) == GPOINTER_TO_INT (what[1]);
}

static gboolean
backed_off (gpointer user_data)
{
  return pln_subscription_get_retry_interval (user_data) == 800;
}

typedef struct
{
  PlnTestHttp *http;
  const char  *request;
  guint        n;
} Logged;

static gboolean
logged (gpointer user_data)
{
  Logged *l = user_data;

  return pln_test_http_count (l->http, l->request) == l->n;
}

static void
assert_logged (PlnTestHttp *http,
               const char  *request,
               guint        n)
{
  Logged l = { http, request, n };

  /* Apache writes its log once the answer is sent. */
  if (!pln_test_http_poll_until (logged, &l, 10000))
    g_error ("%u requests “%s” logged, not %u", pln_test_http_count (http, request), request, n);
}

static void
test_http (void)
{
  g_auto(Secretariat) s = { NULL, };
  g_autoptr(PlnTestHttp) http = NULL;
  PlnSubscription *subscription;
  GPtrArray *received;
  g_autoptr(GFile) edition = NULL;
  g_autoptr(GBytes) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = NULL;
  gpointer offline[] = { NULL, GINT_TO_POINTER (PLN_SUBSCRIPTION_OFFLINE) };
  gpointer online[] = { NULL, GINT_TO_POINTER (PLN_SUBSCRIPTION_ONLINE) };
  gboolean downloaded;
  guint documents;
  guint n_documents;
  gint64 start;

  if (!pln_test_http_available (&missing))
    {
      g_test_skip (missing);
      return;
    }

  secretariat_init (&s);
  http = pln_test_http_new (s.published);
  pln_test_http_start (http);
  subscribe (&s, pln_test_http_get_url (http));
  subscription = s.subscription;
  received = s.received;
  offline[0] = online[0] = subscription;

  /* First load: the edition and every document, once. */
  start = g_get_monotonic_time ();
  error = refresh (subscription);
  g_test_message ("first copy over HTTP: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_no_error (error);
  n_documents = count_documents (s.published);
  assert_logged (http, "GET /workspace.json HTTP/1.1 200", 1);
  assert_logged (http, "GET /documents/", n_documents);
  pln_subscription_get_last_downloads (subscription, &downloaded, &documents);
  g_assert_cmpuint (documents, ==, n_documents);
  g_assert_true (pln_subscriptions_add (s.list, subscription, &error));
  g_assert_no_error (error);

  /* The same folder as a WebDAV address: read with plain GETs, no mount. */
  {
    g_autofree char *dav = g_strconcat ("dav://", pln_test_http_get_url (http) + strlen ("http://"), NULL);
    g_autoptr(PlnSubscription) by_dav = pln_subscriptions_prepare (s.list, dav, &error);

    g_assert_no_error (error);
    error = refresh (by_dav);
    g_assert_no_error (error);
    g_assert_true (pln_subscription_has_copy (by_dav));
    assert_logged (http, "GET /workspace.json HTTP/1.1 200", 2);
    assert_logged (http, "GET /documents/", 2 * n_documents);
  }

  /* No change: a 304, and no document asked for again. */
  start = g_get_monotonic_time ();
  error = refresh (subscription);
  g_test_message ("refresh with nothing new (304): %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_no_error (error);
  assert_logged (http, "GET /workspace.json HTTP/1.1 304", 1);
  /* With the copy's ETag and Last-Modified. */
  g_assert_cmpuint (pln_test_http_count_with (http, "GET /workspace.json HTTP/1.1 304 if-none-match=", " GMT"), ==, 1);
  g_assert_cmpuint (pln_test_http_count (http, "GET /workspace.json HTTP/1.1 304 if-none-match=-"), ==, 0);
  assert_logged (http, "GET /documents/", 2 * n_documents);
  pln_subscription_get_last_downloads (subscription, &downloaded, &documents);
  g_assert_false (downloaded);
  g_assert_cmpuint (received->len, ==, 0);

  /* A new non-paper: the edition again, and that document alone. */
  secretariat_share_day_one (&s);
  error = refresh (subscription);
  g_assert_no_error (error);
  assert_logged (http, "GET /workspace.json HTTP/1.1 200", 3);
  assert_logged (http, "GET /" NON_PAPER " HTTP/1.1 200", 1);
  assert_logged (http, "GET /documents/", 2 * n_documents + 1);
  g_assert_cmpuint (received->len, ==, 1);
  g_assert_cmpstr (received->pdata[0], ==, NON_PAPER);

  /* The server stops: offline since then, the copy kept, refreshing less
   * and less often up to the cap. */
  edition = pln_subscription_get_edition_file (subscription);
  copy = pln_test_read_bytes (g_file_peek_path (edition));
  pln_test_http_stop (http);
  pln_subscription_set_interval (subscription, 100, 800);
  pln_subscription_start (subscription);
  g_assert_true (pln_test_wait_until (is_state, offline, 20000));
  g_assert_nonnull (pln_subscription_get_offline_since (subscription));
  g_assert_null (pln_subscription_get_error_message (subscription));
  g_assert_true (pln_test_wait_until (backed_off, subscription, 20000));
  {
    g_autoptr(GBytes) still = pln_test_read_bytes (g_file_peek_path (edition));

    g_assert_true (g_bytes_equal (copy, still));
  }

  /* Back: online at the next try, the interval reset. */
  pln_test_http_start (http);
  g_assert_true (pln_test_wait_until (is_state, online, 20000));
  g_assert_null (pln_subscription_get_offline_since (subscription));
  g_assert_cmpuint (pln_subscription_get_retry_interval (subscription), ==, 100);
  pln_subscription_stop (subscription);
}

/* ------------------------------------------------------------ the list and notes */

static void
test_list_and_notes (void)
{
  g_auto(Secretariat) s = { NULL, };
  g_autoptr(GFile) home = NULL;
  g_autoptr(PlnSubscriptions) list = NULL;
  g_autoptr(PlnSubscriptions) again = NULL;
  g_autoptr(PlnSubscription) subscription = NULL;
  g_autoptr(PlnSubscription) same = NULL;
  g_autoptr(GFile) list_file = NULL;
  g_autoptr(GFile) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) before = g_string_new (NULL);
  g_autofree char *note = NULL;
  g_autofree char *published_edition = NULL;
  g_autoptr(GBytes) published_before = NULL;
  g_autoptr(GBytes) published_after = NULL;
  PlnSubscription *found;

  secretariat_init (&s);
  home = g_file_new_for_path (s.home);
  list = pln_subscriptions_new (home);
  subscription = pln_subscriptions_prepare (list, s.published, &error);
  error = refresh (subscription);
  g_assert_no_error (error);
  g_assert_true (pln_subscriptions_add (list, subscription, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  same = pln_subscriptions_prepare (list, s.published, &error);
  g_assert_true (same == subscription);

  list_file = g_file_get_child (home, PLN_SUBSCRIPTIONS_FILE);
  g_assert_cmpuint (file_mode (list_file), ==, 0600);
  again = pln_subscriptions_new (home);
  g_assert_true (pln_subscriptions_load (again, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 1);
  found = pln_subscriptions_find (again, pln_subscription_get_id (subscription));
  g_assert_nonnull (found);
  g_assert_cmpstr (pln_subscription_get_title (found), ==, "UNODC Secretariat");
  g_assert_cmpstr (pln_subscription_get_url (found), ==, pln_subscription_get_url (subscription));
  {
    g_autoptr(GFile) file = pln_subscription_get_edition_file (subscription);

    g_assert_true (pln_subscriptions_find_by_file (again, file) == found);
  }

  /* Notes: kept beside the copy, 0600, never in the published folder. */
  published_edition = g_build_filename (s.published, PLN_PUBLIC_EDITION_FILE, NULL);
  published_before = pln_test_read_bytes (published_edition);
  g_assert_true (pln_subscription_set_note (subscription, MEETING, NULL, "Raise item 3 with the chair", &error));
  g_assert_true (pln_subscription_set_note (subscription, MEETING, "m-wg-7-2022-i2", "Statement ready", &error));
  g_assert_no_error (error);
  note = pln_subscription_dup_note (found, MEETING, "m-wg-7-2022-i2");
  g_assert_cmpstr (note, ==, "Statement ready");
  g_clear_pointer (&note, g_free);
  note = pln_subscription_dup_note (found, MEETING, NULL);
  g_assert_cmpstr (note, ==, "Raise item 3 with the chair");
  g_assert_true (pln_subscription_set_note (subscription, MEETING, NULL, "", &error));
  g_assert_null (pln_subscription_dup_note (found, MEETING, NULL));
  notes = g_file_get_child (pln_subscription_get_folder (subscription), PLN_SUBSCRIPTION_NOTES);
  g_assert_cmpuint (file_mode (notes), ==, 0600);
  published_after = pln_test_read_bytes (published_edition);
  g_assert_true (g_bytes_equal (published_before, published_after));

  /* A damaged notes file is refused and left as it is. */
  g_assert_true (g_file_set_contents (g_file_peek_path (notes), "[1, 2]", -1, NULL));
  g_assert_false (pln_subscription_set_note (subscription, MEETING, NULL, "lost?", &error));
  g_assert_error (error, PLN_ERROR, PLN_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, PLN_SUBSCRIPTION_NOTES));
  g_clear_error (&error);
  {
    g_autoptr(GBytes) kept = pln_test_read_bytes (g_file_peek_path (notes));

    g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), "[1, 2]", 6);
  }

  /* Unsubscribing removes its copy and its notes (in a worker); a note
   * typed just before is not written back. */
  g_object_ref (subscription);
  g_assert_true (pln_subscriptions_remove (list, subscription, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_true (pln_test_wait_until (folder_gone, subscription, 10000));
  g_assert_true (pln_subscription_set_note (subscription, "m", NULL, "late", &error));
  g_assert_false (g_file_query_exists (pln_subscription_get_folder (subscription), NULL));
  g_object_unref (subscription);
  g_clear_object (&again);
  again = pln_subscriptions_new (home);
  g_assert_true (pln_subscriptions_load (again, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 0);

  /* A damaged list is refused, and left as it is. */
  g_assert_true (g_file_set_contents (g_file_peek_path (list_file), "{\"subscriptions\": [{\"id\": \"../x\"}]}", -1, NULL));
  g_assert_false (pln_subscriptions_load (again, &error));
  g_assert_error (error, PLN_ERROR, PLN_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "subscription 1"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  pln_test_init_home ();

  g_test_add_func ("/subscription/url", test_url);
  g_test_add_func ("/subscription/file", test_file);
  g_test_add_func ("/subscription/http", test_http);
  g_test_add_func ("/subscription/list-and-notes", test_list_and_notes);

  return g_test_run ();
}
