"""Session handling for the customer portal where people track repairs and loyalty points."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from flask import Flask, Response, jsonify, make_response, request


@dataclass(frozen=True)
class CookiePolicy:
    name: str = "hk_portal_session"
    max_age: timedelta = timedelta(hours=8)
    secure: bool = True
    httponly: bool = True
    samesite: str = "Lax"
    domain: str | None = os.environ.get("PORTAL_COOKIE_DOMAIN")

    def kwargs(self) -> dict[str, Any]:
        return {
            "max_age": int(self.max_age.total_seconds()),
            "secure": self.secure,
            "httponly": self.httponly,
            "samesite": self.samesite,
            "domain": self.domain,
            "path": "/",
        }


class SessionStore:
    def __init__(self) -> None:
        self._sessions: dict[str, str] = {}

    def create(self, customer_id: str) -> str:
        sid = secrets.token_urlsafe(32)
        self._sessions[sid] = customer_id
        return sid

    def customer_for(self, sid: str | None) -> str | None:
        return self._sessions.get(sid) if sid else None


def create_app(policy: CookiePolicy = CookiePolicy(), store: SessionStore | None = None) -> Flask:
    app = Flask(__name__)
    store = store or SessionStore()

    @app.post("/login/magic-link")
    def complete_login() -> Response:
        customer_id = request.json["customer_id"]
        resp = make_response(jsonify(ok=True))
        resp.set_cookie(policy.name, store.create(customer_id), **policy.kwargs())
        return resp

    @app.get("/me/repairs")
    def my_repairs():
        customer = store.customer_for(request.cookies.get(policy.name))
        if customer is None:
            return jsonify(error="login required"), 401
        return jsonify(customer=customer, repairs=[])

    return app
