"""Session handling for customers signed in to the repair tracking portal."""
from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any, Dict, Optional

import redis
from flask import Flask, Response, g, make_response, request


class SessionCookiePolicy:
    name = "rt_session"
    lifetime = timedelta(hours=8)

    @classmethod
    def flags(cls) -> Dict[str, Any]:
        return {
            "max_age": int(cls.lifetime.total_seconds()),
            "secure": True,
            "httponly": True,
            "samesite": "Lax",
            "path": "/",
        }


class SessionStore:
    def __init__(self, client: redis.Redis, policy: type[SessionCookiePolicy] = SessionCookiePolicy):
        self.client = client
        self.policy = policy

    def create(self, customer_id: int) -> str:
        sid = secrets.token_urlsafe(32)
        self.client.setex(f"sess:{sid}", self.policy.lifetime, str(customer_id))
        return sid

    def lookup(self, sid: Optional[str]) -> Optional[int]:
        if not sid:
            return None
        value = self.client.get(f"sess:{sid}")
        return int(value) if value else None

    def destroy(self, sid: str) -> None:
        self.client.delete(f"sess:{sid}")


def attach_session(resp: Response, sid: str, policy: type[SessionCookiePolicy] = SessionCookiePolicy) -> Response:
    resp.set_cookie(policy.name, sid, **policy.flags())
    return resp


def register(app: Flask, store: SessionStore) -> None:
    @app.before_request
    def load_customer() -> None:
        g.customer_id = store.lookup(request.cookies.get(SessionCookiePolicy.name))

    @app.post("/login/magic/<token>")
    def magic_login(token: str):
        from .magic_links import redeem

        customer_id = redeem(token)
        if customer_id is None:
            return {"error": "link expired"}, 410
        return attach_session(make_response({"ok": True}), store.create(customer_id))

    @app.post("/logout")
    def logout():
        sid = request.cookies.get(SessionCookiePolicy.name)
        if sid:
            store.destroy(sid)
        resp = make_response({"ok": True})
        resp.delete_cookie(SessionCookiePolicy.name, path="/")
        return resp
