"""Telemetry ingest gateway: ground stations push batched frames over HTTP."""
import asyncio
import logging
import os

from aiohttp import web

log = logging.getLogger(__name__)


def load_station_keys(raw: str | None = None) -> dict[str, str]:
    """Parse ``GCS_STATION_KEYS`` formatted as ``station:key,station:key``."""
    raw = raw if raw is not None else os.environ.get("GCS_STATION_KEYS", "")
    keys = {}
    for pair in filter(None, (p.strip() for p in raw.split(","))):
        station, _, key = pair.partition(":")
        keys[station] = key
    return keys


@web.middleware
async def station_auth(request: web.Request, handler):
    if request.path == "/healthz":
        return await handler(request)
    station = request.headers.get("X-Station-Id", "")
    presented = request.headers.get("X-Station-Key", "")
    expected = request.app["station_keys"].get(station)
    if expected is None or presented != expected:
        raise web.HTTPUnauthorized()
    request["station"] = station
    return await handler(request)


async def ingest(request: web.Request) -> web.Response:
    frames = await request.json()
    await request.app["queue"].put((request["station"], frames))
    return web.json_response({"accepted": len(frames)})


async def healthz(request: web.Request) -> web.Response:
    return web.Response(text="ok")


def create_app() -> web.Application:
    app = web.Application(middlewares=[station_auth], client_max_size=4 * 1024 * 1024)
    app["station_keys"] = load_station_keys()
    app["queue"] = asyncio.Queue(maxsize=10_000)
    app.router.add_post("/v1/frames", ingest)
    app.router.add_get("/healthz", healthz)
    return app
