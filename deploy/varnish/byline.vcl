vcl 4.1;

# Varnish in front of Byline (`next start`), as a newsroom runs it: readers get
# pages from memory, editors' changes purge exactly the pages they touch (by
# the cache tags Next names in each response's `xkey` header), and a copy is
# still served while the app restarts or is down, but never past the moment
# the app says it must go (`byline-expires`). See "Varnish" in README.md.
#
# Needs Varnish 7.1+ and varnish-modules (the xkey vmod):
#   apt-get install varnish varnish-modules
#   varnishd -F -a :3000 -f /absolute/path/byline.vcl -n <writable folder> -s malloc,256m

import std;
import xkey;

# Where `next start` listens. `npm run serve:cached` writes a copy of this file
# with its own ports here (scripts/varnish.ts); in production, edit the ports,
# or keep them and run `next start -H 127.0.0.1 -p 3001` (and 3002) behind
# Varnish. Two servers of the same build and data: `byline` renders reader
# pages, `newsroom` answers the staff, so a reader spike never makes an editor's
# save wait behind readers' renders (README, "The newsroom's own server"). With
# one server, give both the same port.
backend byline {
    .host = "127.0.0.1";
    .port = "3001";
    .connect_timeout = 1s;
    # A story that is not in Next's cache is rendered while Varnish waits.
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 30s;
    # /api/health answers 503 when the database does not: Varnish then calls
    # the app sick, misses fail at once instead of waiting on a dead socket,
    # and readers get the copies it holds (see grace below) until it is back.
    # Patient, because a busy app answers slowly but is not down: a 2 s
    # timeout with 2 of 3 called Next sick under a search load, and misses then
    # got 503s. Now it takes four failures out of five probes, and each may
    # take 10 s: under the soak's crowd on 100,000 stories, at nice 10 behind
    # the newsroom's server, this server answered in up to 7 s, and a 4 s
    # probe failed once in five for a dozen seconds most runs. (The soak's
    # failed runs with 503s turned out to be the server running out of heap,
    # not the probe: README, "Soak".) A stopped server refuses the
    # connection at once, so it is still found sick within four probes.
    .probe = {
        .url = "/api/health";
        .timeout = 10s;
        .interval = 2s;
        .window = 5;
        .threshold = 2;
    }
}

# The staff's server: sign-in, the editor and admin, server actions, uploads,
# the API, and anyone signed in. Nothing it answers is cached.
backend newsroom {
    .host = "127.0.0.1";
    .port = "3002";
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 30s;
    # As patient as the readers' server's probe (above).
    .probe = {
        .url = "/api/health";
        .timeout = 10s;
        .interval = 2s;
        .window = 5;
        .threshold = 2;
    }
}

# Who may PURGE, and ask for the debug headers. Loopback only: Byline purges
# from the machine it runs on (VARNISH_URL, lib/cache/varnish.ts). To purge
# from elsewhere, add the app servers' addresses or networks, for example
#     "10.0.0.0"/8;
# The ACL matches the TCP peer (client.ip), never X-Forwarded-For, which
# anyone can write. Beware a TLS terminator on this same machine: everything
# it forwards comes from loopback, so either have it refuse PURGE, or speak the
# PROXY protocol to Varnish (`-a :6086,PROXY`) so client.ip is the reader's.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        # A hard purge: the objects are gone, so the next request fetches a
        # fresh page from Next (which expired the same tags first) and no
        # reader can be handed the old copy in grace.
        if (req.http.xkey-purge) {
            set req.http.xkey-purged = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Purged"));
        }
        # A soft purge keeps the copies for grace: readers get them while one
        # request fetches the new page. For refreshes that may lag a moment
        # (a template change, say), never for an editor's correction.
        if (req.http.xkey-softpurge) {
            set req.http.xkey-purged = xkey.softpurge(req.http.xkey-softpurge);
            return (synth(200, "Soft-purged"));
        }
        return (synth(400, "Send the keys to purge in an xkey-purge header"));
    }

    set req.backend_hint = byline;

    # Only reads are cached; forms, server actions and uploads go to the newsroom.
    if (req.method != "GET" && req.method != "HEAD") {
        set req.backend_hint = newsroom;
        return (pass);
    }

    # Staff areas, sign-in, one-time links and the API are per person or per
    # request: never cached, and their cookies reach the app untouched.
    if (req.url ~ "^/(editor|admin|account|login|invite|reset|api)(/|\?|$)") {
        set req.backend_hint = newsroom;
        return (pass);
    }

    # A signed-in editor sees the site as it is, not as it was cached, from the
    # newsroom's server, which made their change (Auth.js may split a long
    # session into .0, .1, … cookies; the __Secure- name is the one on https).
    # Before the RSC rule: their client router's requests go there too.
    if (req.http.Cookie ~ "(^|;\s*)(__Secure-)?authjs\.session-token(\.[0-9]+)?=" || req.http.Authorization) {
        set req.backend_hint = newsroom;
        return (pass);
    }

    # Next answers its client router's requests (RSC flight data) at the same
    # address as the HTML page. Passing them keeps a flight payload out of the
    # cache, so no reader is ever handed one instead of the page.
    if (req.http.RSC || req.http.Next-Router-State-Tree || req.http.Next-Router-Prefetch
        || req.http.Next-Router-Segment-Prefetch || req.http.Next-Action || req.url ~ "[?&]_rsc=") {
        return (pass);
    }

    # Reader pages are the same for everyone, and Next reads no cookie on
    # them: without this, any analytics or consent cookie would make every
    # reader's request a miss (Varnish does not cache requests with cookies).
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_fetch {
    # Pages are fetched and kept as Next sends them uncompressed, so handing
    # one out never unzips or zips it again: Varnish asks for gzip by default
    # and then unzipped every hit for a client that did not accept gzip (it
    # doubled the cost of a hit). Compressing for browsers is the job of the
    # TLS terminator in front, which Varnish needs anyway for https.
    unset bereq.http.Accept-Encoding;
}

sub vcl_backend_response {
    # Next failed to refresh a copy we still hold in grace: keep serving the
    # copy rather than replacing it with an error page.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }

    # A response that sets a cookie belongs to one person. Remember for a
    # while not to wait on other requests for this address (hit-for-miss),
    # and store nothing.
    if (beresp.http.Set-Cookie || beresp.http.Vary == "*") {
        set beresp.ttl = 60s;
        set beresp.uncacheable = true;
        return (deliver);
    }

    # Build assets and media have content-addressed names: they never change.
    if (bereq.url ~ "^/(_next/static|media)/" && beresp.status == 200) {
        set beresp.ttl = 365d;
        set beresp.grace = 1d;
        return (deliver);
    }

    # Only what Next marks as shared-cacheable is kept: reader pages and feeds
    # say `s-maxage`, assets `max-age`; staff pages, search results and errors
    # say `private, no-store`. Varnish's own default (120 s for a response
    # without Cache-Control) would cache what nobody asked it to.
    if (beresp.http.Cache-Control !~ "(s-maxage|max-age)=[0-9]"
        || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)") {
        set beresp.ttl = 60s;
        set beresp.uncacheable = true;
        return (deliver);
    }

    # Fresh for `s-maxage`; then served stale for `stale-while-revalidate`
    # while one request refreshes it, and while the app is sick, as Next
    # itself does. s-maxage is read here rather than left to Varnish, whose
    # 7.1 ignores it on some statuses Next caches (a renamed story's 308).
    if (beresp.http.Cache-Control ~ "s-maxage=[0-9]+") {
        set beresp.ttl = std.duration(
            regsub(beresp.http.Cache-Control, "^.*s-maxage=([0-9]+).*$", "\1") + "s", 0s);
    }
    if (beresp.http.Cache-Control ~ "stale-while-revalidate=[0-9]+") {
        set beresp.grace = std.duration(
            regsub(beresp.http.Cache-Control, "^.*stale-while-revalidate=([0-9]+).*$", "\1") + "s", 0s);
    } else {
        set beresp.grace = 0s;
    }

    # But no copy outlives `byline-expires`, a Unix time: at most the next
    # scheduled publication, when the page must show the story. The TTL and
    # grace above count from now, while Next may have rendered the page a
    # while ago, so both are cut to end there. A value that cannot be read
    # counts as already past.
    if (beresp.http.byline-expires) {
        if (std.time(integer = std.integer(beresp.http.byline-expires, 0)) <= now) {
            set beresp.ttl = 0s;
            set beresp.grace = 0s;
            set beresp.uncacheable = true;
            return (deliver);
        }
        if (beresp.ttl > std.time(integer = std.integer(beresp.http.byline-expires, 0)) - now) {
            set beresp.ttl = std.time(integer = std.integer(beresp.http.byline-expires, 0)) - now;
            set beresp.grace = 0s;
        } else if (beresp.ttl + beresp.grace > std.time(integer = std.integer(beresp.http.byline-expires, 0)) - now) {
            set beresp.grace = std.time(integer = std.integer(beresp.http.byline-expires, 0)) - now - beresp.ttl;
        }
    }
    # Kept no longer than that, even for revalidation with the app.
    set beresp.keep = 0s;
    # The object keeps its `xkey` header: xkey indexes it from there, which is
    # what lets a purge find it. vcl_deliver hides it from readers.
    return (deliver);
}

sub vcl_deliver {
    # For tests and operators: HIT (from memory, fresh or in grace), MISS
    # (fetched and stored) or PASS (fetched for this request only).
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } else if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }

    # `X-Byline-Debug: 1` from an allowed address shows the tags, the last
    # instant and what is left of the copy's life (negative TTL: served in grace).
    if (req.http.X-Byline-Debug && client.ip ~ purgers) {
        set resp.http.X-Cache-TTL = obj.ttl;
        set resp.http.X-Cache-Grace = obj.grace;
        set resp.http.X-Cache-Hits = obj.hits;
        return (deliver);
    }
    # Readers need none of this: the tags name the stories a page links to,
    # and the rest is Next's and Varnish's bookkeeping.
    unset resp.http.xkey;
    unset resp.http.byline-expires;
    unset resp.http.x-nextjs-cache;
    unset resp.http.x-nextjs-prerender;
    unset resp.http.x-nextjs-stale-time;
    unset resp.http.X-Varnish;
    unset resp.http.Via;
}

sub vcl_synth {
    if (req.method == "PURGE") {
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        if (req.http.xkey-purged) {
            set resp.http.xkey-purged = req.http.xkey-purged;
            set resp.body = resp.reason + " " + req.http.xkey-purged + " objects" + {"
"};
        } else {
            set resp.body = resp.reason + {"
"};
        }
        return (deliver);
    }
}

# The app could not be reached and there is no copy to serve (a copy in
# grace stays in place when its refresh fails this way): a short page of our
# own, never cached, instead of Varnish's "Guru Meditation".
sub vcl_backend_error {
    set beresp.http.Content-Type = "text/plain; charset=utf-8";
    set beresp.http.Cache-Control = "no-store";
    set beresp.http.Retry-After = "10";
    set beresp.body = "The site is briefly unavailable. Please try again in a moment." + {"
"};
    return (deliver);
}
