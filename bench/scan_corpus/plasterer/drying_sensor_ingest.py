"""Ingest readings from the moisture/humidity loggers left in rooms.

Fresh plaster needs to reach a target moisture level before decorators can
mist-coat; loggers post signed readings every 15 minutes.
"""
import hashlib
import json
import logging
import os
from hmac import compare_digest as same
from hmac import new as hmac_new

from aiohttp import web

log = logging.getLogger("drying.ingest")
routes = web.RouteTableDef()


def device_secret(device_id: str) -> bytes:
    env_name = f"LOGGER_SECRET_{device_id.upper().replace('-', '_')}"
    value = os.environ.get(env_name)
    if value is None:
        raise KeyError(device_id)
    return value.encode()


def signature_ok(device_id: str, body: bytes, supplied: str) -> bool:
    try:
        key = device_secret(device_id)
    except KeyError:
        return False
    expected = hmac_new(key, body, hashlib.sha256).hexdigest()
    return same(expected, supplied)


@routes.post("/loggers/{device_id}/readings")
async def readings(request: web.Request) -> web.Response:
    device_id = request.match_info["device_id"]
    body = await request.read()
    if not signature_ok(device_id, body, request.headers.get("X-Logger-Signature", "")):
        raise web.HTTPUnauthorized()

    payload = json.loads(body)
    rows = [
        (device_id, r["ts"], float(r["moisture_pct"]), float(r["rh_pct"]), float(r["temp_c"]))
        for r in payload["readings"]
    ]
    pool = request.app["db"]
    async with pool.acquire() as conn:
        await conn.executemany(
            "INSERT INTO drying_readings (device_id, ts, moisture_pct, rh_pct, temp_c) "
            "VALUES ($1, $2, $3, $4, $5)",
            rows,
        )
    log.info("stored %d readings from %s", len(rows), device_id)
    return web.json_response({"stored": len(rows)})
