"""Login and session cookie handling for the public session-booking website."""
from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass
from typing import Dict, Optional

from flask import Flask, Response, jsonify, make_response, request

from bathhouse.members import authenticate

app = Flask(__name__)


@dataclass(frozen=True)
class CookiePolicy:
    name: str = "bh_booking_sid"
    max_age: int = 60 * 60 * 8
    path: str = "/"
    samesite: str = "Lax"
    secure: bool = False
    httponly: bool = False

    def as_kwargs(self) -> Dict[str, object]:
        opts = asdict(self)
        opts.pop("name")
        return opts


class SessionStore:
    def __init__(self) -> None:
        self._data: Dict[str, str] = {}

    def open(self, member_email: str) -> str:
        sid = secrets.token_urlsafe(32)
        self._data[sid] = member_email
        return sid

    def lookup(self, sid: Optional[str]) -> Optional[str]:
        return self._data.get(sid) if sid else None


store = SessionStore()
policy = CookiePolicy()


def attach_session(resp: Response, sid: str, cookie_policy: CookiePolicy = policy) -> Response:
    resp.set_cookie(cookie_policy.name, sid, **cookie_policy.as_kwargs())
    return resp


@app.post("/login")
def login():
    email = request.form["email"]
    if not authenticate(email, request.form["password"]):
        return jsonify(error="invalid credentials"), 401
    sid = store.open(email)
    return attach_session(make_response(jsonify(ok=True)), sid)


@app.get("/my-bookings")
def my_bookings():
    email = store.lookup(request.cookies.get(policy.name))
    if email is None:
        return jsonify(error="login required"), 401
    return jsonify(member=email, bookings=[])
