"""aiohttp server that backs the live scoreboard widget."""
import logging
import os

import aiohttp_cors
from aiohttp import web
from aiohttp_session import get_session, setup as setup_session
from aiohttp_session.redis_storage import RedisStorage
from redis import asyncio as aioredis

from scoreboard.feed import ScoreFeed

log = logging.getLogger(__name__)


async def current_scores(request: web.Request) -> web.Response:
    session = await get_session(request)
    feed: ScoreFeed = request.app["feed"]
    scores = await feed.snapshot(favourites=session.get("favourites", []))
    return web.json_response(scores)


async def save_favourites(request: web.Request) -> web.Response:
    session = await get_session(request)
    body = await request.json()
    session["favourites"] = [str(t) for t in body.get("teams", [])][:20]
    return web.json_response({"ok": True})


async def build_app() -> web.Application:
    app = web.Application()
    redis = aioredis.from_url(os.environ["REDIS_URL"])
    setup_session(app, RedisStorage(redis, secure=True, httponly=True, samesite="None"))
    app["feed"] = ScoreFeed(redis)

    cors = aiohttp_cors.setup(app, defaults={
        "*": aiohttp_cors.ResourceOptions(allow_credentials=True, expose_headers="*", allow_headers="*"),
    })
    cors.add(app.router.add_get("/scores", current_scores))
    cors.add(app.router.add_post("/favourites", save_favourites))
    return app


if __name__ == "__main__":
    web.run_app(build_app(), port=int(os.environ.get("PORT", "8081")))
