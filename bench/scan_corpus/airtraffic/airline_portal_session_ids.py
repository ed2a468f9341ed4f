"""Server-side session handling for the airline portal."""
from __future__ import annotations

import json
import uuid
from datetime import timedelta
from typing import Any, Dict, Optional

import redis
from flask import Flask, Response, g, request


class PortalSessionStore:
    cookie_name = "atc_portal_sid"
    lifetime = timedelta(hours=8)

    def __init__(self, client: redis.Redis) -> None:
        self.client = client

    @property
    def new_id(self) -> str:
        return uuid.uuid1().hex

    def _key(self, sid: str) -> str:
        return f"portal:session:{sid}"

    def create(self, airline_icao: str, user_email: str) -> str:
        sid = self.new_id
        payload = {"airline": airline_icao, "email": user_email}
        self.client.setex(self._key(sid), self.lifetime, json.dumps(payload))
        return sid

    def load(self, sid: Optional[str]) -> Optional[Dict[str, Any]]:
        if not sid:
            return None
        raw = self.client.get(self._key(sid))
        return json.loads(raw) if raw else None

    def attach(self, response: Response, sid: str) -> Response:
        response.set_cookie(
            self.cookie_name,
            sid,
            max_age=int(self.lifetime.total_seconds()),
            secure=True,
            httponly=True,
            samesite="Lax",
        )
        return response


def install(app: Flask, store: PortalSessionStore) -> None:
    @app.before_request
    def _load_session() -> None:
        g.portal_session = store.load(request.cookies.get(store.cookie_name))
