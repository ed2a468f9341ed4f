"""Receiver for water-table logger readings from the telemetry provider.

Dipwell loggers on restored bog push readings through the provider's
platform, which posts signed JSON batches to us. Readings feed the
water-table evidence in carbon-credit verification reports.
"""

import asyncio
import hashlib
import hmac
import json
import os

from aiohttp import web

SUPPORTED_SCHEMA = "2024-03"
SIGNATURE_HEADER = "X-Telemetry-Signature"


def _webhook_secret() -> bytes:
    return os.environ["DIPWELL_WEBHOOK_SECRET"].encode()


def signature_matches(body: bytes, header_value: str) -> bool:
    expected = hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header_value.removeprefix("sha256="))


async def handle_readings(request: web.Request) -> web.Response:
    body = await request.read()
    if not signature_matches(body, request.headers.get(SIGNATURE_HEADER, "")):
        raise web.HTTPUnauthorized()
    payload = json.loads(body)
    if payload.get("schema") != SUPPORTED_SCHEMA:
        raise web.HTTPUnprocessableEntity(text=f"Unsupported schema {payload.get('schema')!r}")
    readings = [
        {
            "logger": r["device_id"],
            "taken_at": r["ts"],
            "depth_cm": round(float(r["water_table_mm"]) / 10, 1),
        }
        for r in payload.get("readings", [])
    ]
    await request.app["reading_queue"].put(readings)
    return web.json_response({"accepted": len(readings)})


def make_app() -> web.Application:
    app = web.Application(client_max_size=2 * 1024 * 1024)
    app["reading_queue"] = asyncio.Queue(maxsize=1000)
    app.router.add_post("/hooks/dipwell", handle_readings)
    return app
