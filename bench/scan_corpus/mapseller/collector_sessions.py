"""Server-side sessions for the collector shop front (FastAPI)."""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass

import redis.asyncio as redis
from fastapi import HTTPException, Response

SESSION_COOKIE = "ms_session"
SESSION_TTL = 60 * 60 * 24 * 14


@dataclass
class SessionData:
    collector_id: int
    created: float
    basket_id: str | None = None


class SessionStore:
    def __init__(self, client: redis.Redis, prefix: str = "sess:"):
        self.client = client
        self.prefix = prefix

    @staticmethod
    def new_session_id() -> str:
        return secrets.token_urlsafe(32)

    async def create(self, response: Response, collector_id: int) -> str:
        sid = self.new_session_id()
        await self.client.hset(
            self.prefix + sid, mapping={"collector_id": collector_id, "created": time.time()}
        )
        await self.client.expire(self.prefix + sid, SESSION_TTL)
        response.set_cookie(
            SESSION_COOKIE, sid, max_age=SESSION_TTL, secure=True, httponly=True, samesite="lax"
        )
        return sid

    async def load(self, sid: str | None) -> SessionData:
        if not sid:
            raise HTTPException(status_code=401)
        raw = await self.client.hgetall(self.prefix + sid)
        if not raw:
            raise HTTPException(status_code=401)
        return SessionData(
            collector_id=int(raw[b"collector_id"]),
            created=float(raw[b"created"]),
            basket_id=(raw.get(b"basket_id") or b"").decode() or None,
        )

    async def rotate(self, response: Response, old_sid: str) -> str:
        data = await self.load(old_sid)
        await self.client.delete(self.prefix + old_sid)
        return await self.create(response, data.collector_id)

    async def destroy(self, response: Response, sid: str | None) -> None:
        if sid:
            await self.client.delete(self.prefix + sid)
        response.delete_cookie(SESSION_COOKIE)
