"""Session handling for the subscription box customer area.

Subscribers log in to change flavours, delivery dates and payment details;
the session id is an opaque random value stored server-side in Redis.
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass

import redis
from flask import Flask, Response, abort, jsonify, request

app = Flask(__name__)
store = redis.Redis.from_url(os.environ["SESSION_REDIS_URL"])


@dataclass(frozen=True)
class CookiePolicy:
    name: str = "__Host-sub_session"
    max_age_s: int = 60 * 60 * 8
    secure: bool = True
    httponly: bool = True
    samesite: str = "Lax"

    def apply(self, response: Response, value: str) -> None:
        response.set_cookie(
            self.name, value, max_age=self.max_age_s, path="/",
            secure=self.secure, httponly=self.httponly, samesite=self.samesite,
        )


POLICY = CookiePolicy()


def start_session(subscriber_id: str) -> str:
    session_id = secrets.token_urlsafe(32)
    store.setex(f"sub-session:{session_id}", POLICY.max_age_s, subscriber_id)
    return session_id


def current_subscriber() -> str:
    session_id = request.cookies.get(POLICY.name)
    if not session_id:
        abort(401)
    subscriber = store.get(f"sub-session:{session_id}")
    if subscriber is None:
        abort(401)
    return subscriber.decode()


@app.post("/account/session")
def login_complete():
    subscriber_id = request.environ.get("chocolatier.authenticated_subscriber")
    if not subscriber_id:
        abort(401)
    response = jsonify({"subscriber": subscriber_id})
    POLICY.apply(response, start_session(subscriber_id))
    return response


@app.get("/account/boxes")
def my_boxes():
    return jsonify({"subscriber": current_subscriber(), "boxes": []})
