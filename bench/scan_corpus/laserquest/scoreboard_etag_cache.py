"""Cached scoreboard feed polled every few seconds by the lobby TV screens."""
from __future__ import annotations

import hashlib
import json
import os
import threading
import time

from flask import Flask, Response, request
import psycopg

app = Flask(__name__)

_CACHE_TTL_S = 5.0
_lock = threading.Lock()
_cache: dict[str, tuple[float, bytes, str]] = {}


def _fetch_scoreboard(arena: str) -> list[dict]:
    with psycopg.connect(os.environ["SCORES_DSN"]) as conn:
        rows = conn.execute(
            "SELECT s.callsign, s.points, g.mode FROM session_scores s "
            "JOIN game_sessions g ON g.id = s.session_id "
            "WHERE g.arena = %s AND g.ended_at > now() - interval '2 hours' "
            "ORDER BY s.points DESC LIMIT 10",
            (arena,),
        ).fetchall()
    return [{"callsign": c, "points": p, "mode": m} for c, p, m in rows]


def _render(arena: str) -> tuple[bytes, str]:
    now = time.monotonic()
    with _lock:
        hit = _cache.get(arena)
        if hit and now - hit[0] < _CACHE_TTL_S:
            return hit[1], hit[2]
    body = json.dumps({"arena": arena, "top": _fetch_scoreboard(arena)}).encode("utf-8")
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    with _lock:
        _cache[arena] = (now, body, etag)
    return body, etag


@app.get("/scoreboard/<arena>")
def scoreboard(arena: str) -> Response:
    body, etag = _render(arena)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    return Response(
        body,
        mimetype="application/json",
        headers={"ETag": etag, "Cache-Control": "no-cache"},
    )
