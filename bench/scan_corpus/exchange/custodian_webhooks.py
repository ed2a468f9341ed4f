"""aiohttp service receiving event webhooks from the custodian bank.

Events: cash movements, corporate-action elections and settlement
status changes. Each request carries an HMAC-SHA256 signature of
``timestamp + "." + body`` in ``X-Custodian-Signature``.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

import asyncpg
from aiohttp import web

log = logging.getLogger("custodian_webhooks")

MAX_SKEW_SECONDS = 300
HANDLED_EVENTS = {"cash.movement", "settlement.status", "corporate_action.election"}


def _signing_secret() -> bytes:
    return os.environ["CUSTODIAN_WEBHOOK_SECRET"].encode()


def _expected_signature(secret: bytes, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256)
    return mac.hexdigest()


async def receive_event(request: web.Request) -> web.Response:
    timestamp = request.headers.get("X-Custodian-Timestamp", "")
    signature = request.headers.get("X-Custodian-Signature", "")
    body = await request.read()

    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        raise web.HTTPUnauthorized(text="stale or missing timestamp")
    expected = _expected_signature(request.app["secret"], timestamp, body)
    if signature != expected:
        raise web.HTTPUnauthorized(text="invalid signature")

    try:
        event = json.loads(body)
    except json.JSONDecodeError:
        raise web.HTTPBadRequest(text="invalid json")
    if event.get("type") not in HANDLED_EVENTS:
        log.info("ignoring custodian event type %s", event.get("type"))
        return web.json_response({"status": "ignored"})

    pool: asyncpg.Pool = request.app["db"]
    await pool.execute(
        "INSERT INTO custodian_events (event_id, event_type, account_ref, payload, received_at) "
        "VALUES ($1, $2, $3, $4, now()) ON CONFLICT (event_id) DO NOTHING",
        event["id"], event["type"], event.get("account"), json.dumps(event),
    )
    log.info("stored custodian event %s (%s)", event["id"], event["type"])
    return web.json_response({"status": "ok"})


async def _startup(app: web.Application) -> None:
    app["db"] = await asyncpg.create_pool(os.environ["BACKOFFICE_DSN"], max_size=5)
    app["secret"] = _signing_secret()


async def _cleanup(app: web.Application) -> None:
    await app["db"].close()


def build_app() -> web.Application:
    app = web.Application(client_max_size=256 * 1024)
    app.router.add_post("/webhooks/custodian", receive_event)
    app.on_startup.append(_startup)
    app.on_cleanup.append(_cleanup)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(build_app(), host=os.environ.get("BIND_HOST", "localhost"),
                port=int(os.environ.get("PORT", "8081")))
