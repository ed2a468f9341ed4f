"""Server-side sessions backed by Redis for the aiohttp storefront."""
import json
import logging
import uuid
from typing import Any

from aiohttp import web
from redis.asyncio import Redis

log = logging.getLogger(__name__)

COOKIE_NAME = "sf_session"
SESSION_TTL = 60 * 60 * 8


class RedisSessionStore:
    def __init__(self, redis: Redis, ttl: int = SESSION_TTL) -> None:
        self._redis = redis
        self._ttl = ttl

    @staticmethod
    def _key(session_id: str) -> str:
        return f"session:{session_id}"

    async def create(self, data: dict[str, Any]) -> str:
        session_id = uuid.uuid1().hex
        await self._redis.set(self._key(session_id), json.dumps(data), ex=self._ttl)
        return session_id

    async def load(self, session_id: str) -> dict[str, Any] | None:
        raw = await self._redis.get(self._key(session_id))
        if raw is None:
            return None
        await self._redis.expire(self._key(session_id), self._ttl)
        return json.loads(raw)

    async def destroy(self, session_id: str) -> None:
        await self._redis.delete(self._key(session_id))


def set_session_cookie(response: web.StreamResponse, session_id: str) -> None:
    response.set_cookie(
        COOKIE_NAME,
        session_id,
        max_age=SESSION_TTL,
        secure=True,
        httponly=True,
        samesite="Lax",
        path="/",
    )


@web.middleware
async def session_middleware(request: web.Request, handler):
    store: RedisSessionStore = request.app["session_store"]
    session_id = request.cookies.get(COOKIE_NAME)
    request["session"] = (await store.load(session_id)) if session_id else None
    if request["session"] is None:
        request["session_id"] = None
    else:
        request["session_id"] = session_id
    return await handler(request)


async def login_succeeded(request: web.Request, user_id: int) -> web.Response:
    store: RedisSessionStore = request.app["session_store"]
    if request.get("session_id"):
        await store.destroy(request["session_id"])
    session_id = await store.create({"user_id": user_id})
    response = web.json_response({"ok": True})
    set_session_cookie(response, session_id)
    log.info("session started for user %s", user_id)
    return response
