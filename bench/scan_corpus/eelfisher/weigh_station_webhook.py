"""Receiver for landing weights from the quayside weigh station.

The weigh station's controller posts every landing (licence number, species,
gross and net kilograms) to this endpoint. Payloads are signed with a key
shared with the weigh-station vendor so landings cannot be forged.
"""

import hashlib
import hmac
import json
import os

from aiohttp import web

SUPPORTED_SCHEMA = "2"


def _station_key() -> bytes:
    return os.environ["WEIGH_STATION_HMAC_KEY"].encode()


def verify(body: bytes, signature_hex: str, key: bytes) -> bool:
    digest = hmac.new(key, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, signature_hex.lower())


async def record_landing(pool, landing: dict) -> None:
    async with pool.acquire() as conn:
        await conn.execute(
            "INSERT INTO landings (licence_no, species, gross_kg, net_kg, weighed_at) "
            "VALUES ($1, $2, $3, $4, $5)",
            landing["licence_no"],
            landing["species"],
            landing["gross_kg"],
            landing["net_kg"],
            landing["weighed_at"],
        )


async def handle_landing(request: web.Request) -> web.Response:
    body = await request.read()
    signature = request.headers.get("X-Station-Signature", "")
    if not verify(body, signature, request.app["station_key"]):
        raise web.HTTPUnauthorized()
    payload = json.loads(body)
    if payload.get("schema") == SUPPORTED_SCHEMA:
        await record_landing(request.app["pool"], payload["landing"])
        return web.json_response({"status": "stored"})
    raise web.HTTPUnprocessableEntity(text="unsupported schema version")


def build_app(pool) -> web.Application:
    app = web.Application()
    app["pool"] = pool
    app["station_key"] = _station_key()
    app.router.add_post("/landings", handle_landing)
    return app
