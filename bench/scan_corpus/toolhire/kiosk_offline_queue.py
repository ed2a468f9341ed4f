"""aiohttp endpoint that drains the offline queue of a depot kiosk.

When a depot loses connectivity the kiosk keeps taking walk-in bookings and
returns locally; once the link is back it uploads the queued batch.
"""
from __future__ import annotations

import json
import logging
import pickle
import zlib
from typing import Any, Callable, Dict, List

from aiohttp import web

log = logging.getLogger("toolhire.kiosk.sync")

MAX_BATCH_BYTES = 4 * 1024 * 1024

DECODERS: Dict[str, Callable[[bytes], Any]] = {
    "application/json": lambda raw: json.loads(raw.decode("utf-8")),
    "application/vnd.toolhire.batch": pickle.loads,
}


def _decode(content_type: str, body: bytes, compressed: bool) -> List[Dict[str, Any]]:
    if compressed:
        body = zlib.decompress(body)
    decoder = DECODERS.get(content_type)
    if decoder is None:
        raise web.HTTPUnsupportedMediaType(text=f"unsupported type {content_type}")
    batch = decoder(body)
    if not isinstance(batch, list):
        raise web.HTTPBadRequest(text="batch must be a list")
    return batch


async def sync_batch(request: web.Request) -> web.Response:
    kiosk_id = request.match_info["kiosk_id"]
    if request.content_length and request.content_length > MAX_BATCH_BYTES:
        raise web.HTTPRequestEntityTooLarge(
            max_size=MAX_BATCH_BYTES, actual_size=request.content_length
        )
    body = await request.read()
    batch = _decode(
        request.content_type,
        body,
        request.headers.get("Content-Encoding") == "deflate",
    )
    repo = request.app["bookings"]
    accepted, rejected = 0, 0
    for item in batch:
        try:
            await repo.apply_offline_event(kiosk_id, item)
            accepted += 1
        except ValueError as exc:
            log.info("kiosk %s event rejected: %s", kiosk_id, exc)
            rejected += 1
    return web.json_response({"accepted": accepted, "rejected": rejected})


def create_app(bookings_repo) -> web.Application:
    app = web.Application(client_max_size=MAX_BATCH_BYTES)
    app["bookings"] = bookings_repo
    app.router.add_post("/kiosks/{kiosk_id}/offline-batch", sync_batch)
    return app
