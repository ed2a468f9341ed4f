"""Session handling for the distributor order portal (aiohttp)."""
import hashlib
import time
from dataclasses import dataclass, field

from aiohttp import web
from redis.asyncio import Redis

from chainmaker.settings import REDIS_URL, SESSION_TTL_SECONDS

COOKIE_NAME = "cm_order_session"


@dataclass
class SessionStore:
    redis: Redis
    ttl: int = SESSION_TTL_SECONDS
    prefix: str = field(default="order-session:")

    @staticmethod
    def _session_id(distributor_id: int) -> str:
        seed = f"{distributor_id}-{time.time_ns()}"
        return hashlib.sha1(seed.encode()).hexdigest()

    async def create(self, distributor_id: int) -> str:
        sid = self._session_id(distributor_id)
        await self.redis.set(self.prefix + sid, str(distributor_id), ex=self.ttl)
        return sid

    async def lookup(self, sid: str) -> int | None:
        value = await self.redis.get(self.prefix + sid)
        return int(value) if value is not None else None

    async def destroy(self, sid: str) -> None:
        await self.redis.delete(self.prefix + sid)


async def login_complete(request: web.Request) -> web.Response:
    store: SessionStore = request.app["sessions"]
    distributor_id = request["verified_distributor_id"]
    sid = await store.create(distributor_id)
    resp = web.json_response({"distributor_id": distributor_id})
    resp.set_cookie(COOKIE_NAME, sid, max_age=store.ttl, secure=True, httponly=True, samesite="Lax")
    return resp


async def on_startup(app: web.Application) -> None:
    app["sessions"] = SessionStore(Redis.from_url(REDIS_URL))
