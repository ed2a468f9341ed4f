"""Session handling for the arcade card top-up kiosk web app.

Customers tap their arcade card, the kiosk opens a short browser session and
they can top up or check their balance. Sessions expire after five minutes.
"""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field

from flask import Flask, abort, jsonify, make_response, request

app = Flask(__name__)

SESSION_COOKIE = "__Host-arcade_kiosk"
SESSION_TTL = 300
COOKIE_FLAGS = {
    "max_age": SESSION_TTL,
    "secure": True,
    "httponly": True,
    "samesite": "Strict",
    "path": "/",
}


@dataclass
class KioskSession:
    card_number: str
    kiosk_id: str
    created: float = field(default_factory=time.time)

    def expired(self) -> bool:
        return time.time() - self.created > SESSION_TTL


SESSIONS: dict[str, KioskSession] = {}


def open_session(card_number: str, kiosk_id: str) -> str:
    session_id = secrets.token_urlsafe(32)
    SESSIONS[session_id] = KioskSession(card_number=card_number, kiosk_id=kiosk_id)
    return session_id


def active_session() -> KioskSession:
    session = SESSIONS.get(request.cookies.get(SESSION_COOKIE, ""))
    if session is None or session.expired():
        abort(401)
    return session


@app.post("/kiosk/tap")
def card_tap():
    body = request.get_json(force=True)
    session_id = open_session(body["card_number"], body["kiosk_id"])
    resp = make_response(jsonify(ok=True))
    resp.set_cookie(SESSION_COOKIE, session_id, **COOKIE_FLAGS)
    return resp


@app.get("/kiosk/balance")
def balance():
    session = active_session()
    return jsonify(card=session.card_number[-4:], kiosk=session.kiosk_id)


@app.post("/kiosk/logout")
def logout():
    SESSIONS.pop(request.cookies.get(SESSION_COOKIE, ""), None)
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True, samesite="Strict")
    return resp
