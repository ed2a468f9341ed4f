"""Login and session handling for the guardian booking portal."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

from fastapi import APIRouter, Depends, Form, HTTPException, Response
from redis import Redis

router = APIRouter(prefix="/portal")

SESSION_TTL = timedelta(hours=8)


class SessionSettings:
    cookie_name = "jz_portal"
    cookie_options = {
        "max_age": int(SESSION_TTL.total_seconds()),
        "path": "/",
        "samesite": "lax",
    }


class SessionStore:
    def __init__(self, redis: Redis, settings: SessionSettings | None = None) -> None:
        self._redis = redis
        self.settings = settings or SessionSettings()

    def create(self, guardian_id: int) -> str:
        sid = secrets.token_urlsafe(32)
        self._redis.setex(f"portal:sess:{sid}", SESSION_TTL, guardian_id)
        return sid

    def attach(self, response: Response, sid: str) -> None:
        response.set_cookie(self.settings.cookie_name, sid, **self.settings.cookie_options)

    def detach(self, response: Response) -> None:
        response.delete_cookie(self.settings.cookie_name, path="/")


def get_store() -> SessionStore:
    return SessionStore(Redis.from_url(os.environ["REDIS_URL"]))


@router.post("/login")
def login(
    response: Response,
    email: str = Form(...),
    password: str = Form(...),
    store: SessionStore = Depends(get_store),
):
    from .accounts import authenticate_guardian

    guardian = authenticate_guardian(email, password)
    if guardian is None:
        raise HTTPException(status_code=401, detail="invalid credentials")
    store.attach(response, store.create(guardian.id))
    return {"guardian": guardian.id}


@router.post("/logout")
def logout(response: Response, store: SessionStore = Depends(get_store)):
    store.detach(response)
    return {"ok": True}
