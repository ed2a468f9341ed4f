"""Inbound push from the river gauge telemetry provider.

The telemetry provider pushes new readings from the upstream gauges every
fifteen minutes. Pushes are signed with a shared secret; the payload also
states its schema version so we can reject formats we do not understand.
"""

import hashlib
import hmac
import os

from aiohttp import web

from coracle.gauges import store_readings

SUPPORTED_SCHEMA = "2.1"
SHARED_SECRET = os.environ["GAUGE_PUSH_SECRET"].encode("utf-8")


def sign(body: bytes, secret: bytes = SHARED_SECRET) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


async def receive_readings(request: web.Request) -> web.Response:
    body = await request.read()
    presented = request.headers.get("X-Telemetry-Signature", "")
    if not hmac.compare_digest(sign(body), presented):
        return web.Response(status=401)
    payload = await request.json()
    if payload.get("schema") == SUPPORTED_SCHEMA:
        count = await store_readings(payload["readings"])
        return web.json_response({"stored": count})
    return web.json_response(
        {"error": "unsupported schema", "expected": SUPPORTED_SCHEMA}, status=422
    )


async def health(_request: web.Request) -> web.Response:
    return web.json_response({"ok": True, "schema": SUPPORTED_SCHEMA})


def make_app() -> web.Application:
    app = web.Application(client_max_size=2 * 1024 * 1024)
    app.add_routes(
        [
            web.post("/push/gauges", receive_readings),
            web.get("/push/health", health),
        ]
    )
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=int(os.environ.get("PORT", "8081")))
