"""Lock status endpoint with conditional GET support.

Boaters' apps poll the status of each lock (open, closed for stoppage, queue
length). An ETag lets them skip the body when nothing has changed.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from datetime import datetime

import psycopg
from flask import Flask, Response, abort, request

app = Flask(__name__)


@dataclass
class LockStatus:
    lock_id: str
    name: str
    state: str
    queue_length: int
    stoppage_reason: str | None
    updated_at: str


def load_status(lock_id: str) -> LockStatus | None:
    with psycopg.connect(os.environ["LOCK_STATUS_DB_URL"]) as conn:
        row = conn.execute(
            "SELECT lock_id, name, state, queue_length, stoppage_reason, updated_at "
            "FROM lock_status WHERE lock_id = %s",
            (lock_id,),
        ).fetchone()
    if row is None:
        return None
    updated: datetime = row[5]
    return LockStatus(row[0], row[1], row[2], row[3], row[4], updated.isoformat())


def etag_for(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


@app.get("/locks/<lock_id>/status")
def lock_status(lock_id: str) -> Response:
    status = load_status(lock_id)
    if status is None:
        abort(404)
    body = json.dumps(asdict(status), sort_keys=True).encode("utf-8")
    etag = etag_for(body)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    return Response(
        body,
        mimetype="application/json",
        headers={"ETag": etag, "Cache-Control": "public, max-age=30"},
    )
