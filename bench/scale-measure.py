#!/usr/bin/env python3
"""Sequential p50/p95 of HTTP endpoints of a running Pomegranate (used by bench/scale.sh).

    scale-measure.py BASE ENDPOINTS_FILE OUT_TSV [key=value ...]

ENDPOINTS_FILE: one endpoint a line, "label | user | path" (# comments). A path under /api/ is called
with the demo API token pmg_demo_<user>; any other path as a page, signed in as <user> (password
PASSWORD, default the demo's). {NAME} in a path is replaced by the key=value given on the command
line (ids looked up by scale.sh). Each endpoint: WARMUP calls, then TRIES calls or as many as fit in
BUDGET seconds (at least MIN_TRIES); one call at a time. Writes label, user, path, n, p50, p95, max
(milliseconds) and the HTTP status of the last call; a call that does not answer 200 is reported.
"""
import http.cookiejar
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

WARMUP = int(os.environ.get("WARMUP", "3"))
TRIES = int(os.environ.get("TRIES", "40"))
MIN_TRIES = int(os.environ.get("MIN_TRIES", "5"))
BUDGET = float(os.environ.get("BUDGET", "20"))
PASSWORD = os.environ.get("PASSWORD", "Haixi-2026")


class Caller:
    def __init__(self, base):
        self.base = base
        self.sessions = {}

    def _session(self, user):
        if user not in self.sessions:
            jar = http.cookiejar.CookieJar()
            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
            page = opener.open(self.base + "/login", timeout=60).read().decode("utf-8")
            token = re.search(r'name="_csrf"[^>]*value="([^"]+)"', page) or re.search(
                r'value="([^"]+)"[^>]*name="_csrf"', page)
            form = {"username": user, "password": PASSWORD}
            if token:
                form["_csrf"] = token.group(1)
            answer = opener.open(self.base + "/login", urllib.parse.urlencode(form).encode(), timeout=60)
            if "/login" in answer.geturl():
                raise SystemExit(f"signing in as {user} failed")
            self.sessions[user] = opener
        return self.sessions[user]

    def call(self, user, path):
        """One GET, read to the end: (milliseconds, HTTP status)."""
        if path.startswith("/api/"):
            request = urllib.request.Request(self.base + path, headers={
                "Authorization": "Bearer pmg_demo_" + user, "Accept": "application/json"})
            opener = urllib.request.build_opener()
        else:
            request = urllib.request.Request(self.base + path, headers={"Accept": "text/html"})
            opener = self._session(user)
        started = time.perf_counter()
        try:
            with opener.open(request, timeout=120) as answer:
                answer.read()
                status = answer.status
        except urllib.error.HTTPError as e:
            e.read()
            status = e.code
        return (time.perf_counter() - started) * 1000, status


def percentile(sorted_values, p):
    index = max(0, min(len(sorted_values) - 1, -(-len(sorted_values) * p // 100) - 1))
    return sorted_values[int(index)]


def main():
    base, endpoints, out = sys.argv[1:4]
    values = dict(arg.split("=", 1) for arg in sys.argv[4:])
    caller = Caller(base)
    rows = []
    for line in open(endpoints, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        label, user, path = (part.strip() for part in line.split("|"))
        try:
            path = path.format(**values)
        except KeyError as missing:
            print(f"skipped {label}: no value for {missing}", file=sys.stderr)
            continue
        for _ in range(WARMUP):
            caller.call(user, path)
        times, status, started = [], None, time.perf_counter()
        while len(times) < TRIES and (len(times) < MIN_TRIES or time.perf_counter() - started < BUDGET):
            ms, status = caller.call(user, path)
            times.append(ms)
        times.sort()
        row = (label, user, path, len(times), percentile(times, 50), percentile(times, 95), times[-1], status)
        rows.append(row)
        print("%-52s %-10s n=%-3d p50 %8.1f ms  p95 %8.1f ms  max %8.1f ms  HTTP %s" % (
            label, user, row[3], row[4], row[5], row[6], status), flush=True)
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write("%s\t%s\t%s\t%d\t%.1f\t%.1f\t%.1f\t%s\n" % r)


if __name__ == "__main__":
    main()
