"""Receive session and authorization callbacks from the e-mobility roaming hub."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from aiohttp import web

log = logging.getLogger("roaming.webhooks")

SIGNATURE_HEADER = "X-Hub-Signature-256"


class HubSignature:
    def __init__(self, shared_secret: bytes) -> None:
        self._secret = shared_secret

    def expected(self, timestamp: str, body: bytes) -> str:
        mac = hmac.new(self._secret, timestamp.encode() + b"." + body, hashlib.sha256)
        return "sha256=" + mac.hexdigest()

    def matches(self, timestamp: str, body: bytes, presented: str) -> bool:
        return presented == self.expected(timestamp, body)


async def handle_event(request: web.Request) -> web.Response:
    signer: HubSignature = request.app["signer"]
    body = await request.read()
    timestamp = request.headers.get("X-Hub-Timestamp", "")
    presented = request.headers.get(SIGNATURE_HEADER, "")
    if not timestamp or not signer.matches(timestamp, body, presented):
        raise web.HTTPUnauthorized()
    event = json.loads(body)
    kind = event.get("type")
    if kind == "session.updated":
        await request.app["sessions"].apply_update(event["data"])
    elif kind == "token.authorize":
        allowed = await request.app["tokens"].authorize(event["data"]["uid"])
        return web.json_response({"allowed": allowed})
    else:
        log.info("ignoring hub event %s", kind)
    return web.json_response({"ok": True})


def build_app(sessions, tokens) -> web.Application:
    app = web.Application(client_max_size=2 * 1024 * 1024)
    app["signer"] = HubSignature(os.environ["VG_HUB_WEBHOOK_SECRET"].encode())
    app["sessions"] = sessions
    app["tokens"] = tokens
    app.router.add_post("/hub/events", handle_event)
    return app
