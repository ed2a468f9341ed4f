"""Webhook for shore-power readings from the smart mooring pedestals.

Private boats moored at our pontoons pay for shore power by the kWh. The
pedestal vendor's cloud posts a reading whenever a berth is disconnected,
and the reading is added to the berth holder's monthly mooring invoice.
"""
import hashlib
import hmac
import os
from datetime import datetime
from decimal import Decimal

from aiohttp import web
import asyncpg

PEDESTAL_SECRET = os.environ["PEDESTAL_WEBHOOK_SECRET"].encode("utf-8")
TARIFF_PER_KWH = Decimal(os.environ.get("SHORE_POWER_TARIFF", "0.38"))


def _digest(body: bytes) -> str:
    return hmac.new(PEDESTAL_SECRET, body, hashlib.sha256).hexdigest()


def signature_matches(header_value: str, body: bytes) -> bool:
    provided = header_value.removeprefix("sha256=").strip()
    return hmac.compare_digest(provided, _digest(body))


async def meter_reading(request: web.Request) -> web.Response:
    body = await request.read()
    if not signature_matches(request.headers.get("X-Pedestal-Signature", ""), body):
        return web.Response(status=401)
    reading = await request.json()
    kwh = Decimal(str(reading["kwh"]))
    pool: asyncpg.Pool = request.app["db"]
    async with pool.acquire() as conn:
        await conn.execute(
            "INSERT INTO shore_power_usage (berth_code, kwh, amount, disconnected_at) "
            "VALUES ($1, $2, $3, $4)",
            reading["berth"],
            kwh,
            (kwh * TARIFF_PER_KWH).quantize(Decimal("0.01")),
            datetime.fromisoformat(reading["disconnected_at"]),
        )
    return web.json_response({"accepted": True})


async def _open_db(app: web.Application) -> None:
    app["db"] = await asyncpg.create_pool(os.environ["MOORING_DATABASE_URL"])


async def _close_db(app: web.Application) -> None:
    await app["db"].close()


def create_app() -> web.Application:
    app = web.Application()
    app.router.add_post("/webhooks/pedestal", meter_reading)
    app.on_startup.append(_open_db)
    app.on_cleanup.append(_close_db)
    return app
