"""Session handling for the harvest pickup kiosk used by wholesale drivers."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

from flask import Flask, jsonify, make_response, request

SESSION_COOKIE_NAME = "pickup_session"
SESSION_TTL = timedelta(hours=4)

COOKIE_ATTRIBUTES = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
    "path": "/",
}


class PickupSessionStore:
    def __init__(self) -> None:
        self._sessions: dict[str, dict] = {}

    def open(self, driver_id: str, manifest_id: str) -> str:
        session_id = secrets.token_urlsafe(32)
        self._sessions[session_id] = {"driver_id": driver_id, "manifest_id": manifest_id}
        return session_id

    def get(self, session_id: str | None) -> dict | None:
        return self._sessions.get(session_id) if session_id else None

    def close(self, session_id: str | None) -> None:
        if session_id:
            self._sessions.pop(session_id, None)


app = Flask(__name__)
app.secret_key = os.environ["PICKUP_KIOSK_SECRET"]
store = PickupSessionStore()


@app.post("/pickup/check-in")
def check_in():
    payload = request.get_json(force=True)
    from .drivers import verify_driver_pin

    if not verify_driver_pin(payload["driver_id"], payload["pin"]):
        return jsonify({"error": "invalid driver or pin"}), 401
    session_id = store.open(payload["driver_id"], payload["manifest_id"])
    response = make_response(jsonify({"manifest_id": payload["manifest_id"]}))
    response.set_cookie(SESSION_COOKIE_NAME, session_id, **COOKIE_ATTRIBUTES)
    return response


@app.post("/pickup/check-out")
def check_out():
    store.close(request.cookies.get(SESSION_COOKIE_NAME))
    response = make_response(jsonify({"ok": True}))
    response.delete_cookie(SESSION_COOKIE_NAME, path="/", secure=True, httponly=True, samesite="Lax")
    return response
