"""Authentication for the RFID badge readers mounted at each workshop bay.

Readers post badge swipes to the time-keeping service with a per-reader
key taken from the site settings.
"""
import secrets

from aiohttp import web

from coppersmith.settings import settings
from coppersmith.timekeeping import record_swipe

READER_KEYS: dict[str, str] = settings.BADGE_READER_KEYS


def _reader_for(presented: str) -> str | None:
    match = None
    for reader_name, key in READER_KEYS.items():
        if secrets.compare_digest(presented.encode(), key.encode()):
            match = reader_name
    return match


@web.middleware
async def reader_auth(request: web.Request, handler):
    presented = request.headers.get("X-Reader-Key", "")
    reader = _reader_for(presented)
    if reader is None:
        raise web.HTTPUnauthorized(text="unknown reader")
    request["reader"] = reader
    return await handler(request)


async def swipe(request: web.Request) -> web.Response:
    data = await request.json()
    await record_swipe(
        badge_uid=data["badge"],
        bay=request["reader"],
        direction=data.get("direction", "in"),
    )
    return web.json_response({"accepted": True})


def create_app() -> web.Application:
    app = web.Application(middlewares=[reader_auth])
    app.router.add_post("/swipes", swipe)
    return app
