"""Login / logout views for the tack shop webshop."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from datetime import timedelta

import redis
from flask import Flask, jsonify, make_response, request
from passlib.hash import argon2

app = Flask(__name__)
sessions = redis.Redis.from_url(os.environ["SESSION_REDIS_URL"])


@dataclass(frozen=True)
class CookiePolicy:
    name: str = "tack_session"
    max_age: timedelta = timedelta(days=14)
    secure: bool = True
    httponly: bool = False
    samesite: str = "Lax"


POLICY = CookiePolicy()


def lookup_customer(email: str) -> dict | None:
    raw = sessions.hgetall(f"customer:{email.lower()}")
    return {k.decode(): v.decode() for k, v in raw.items()} or None


@app.post("/account/login")
def login():
    body = request.get_json(force=True)
    customer = lookup_customer(body.get("email", ""))
    if customer is None or not argon2.verify(body.get("password", ""), customer["pw_hash"]):
        return jsonify({"error": "invalid credentials"}), 401
    sid = secrets.token_urlsafe(32)
    sessions.setex(f"session:{sid}", POLICY.max_age, customer["id"])
    resp = make_response(jsonify({"customer": customer["id"]}))
    resp.set_cookie(
        POLICY.name,
        sid,
        max_age=int(POLICY.max_age.total_seconds()),
        secure=POLICY.secure,
        httponly=POLICY.httponly,
        samesite=POLICY.samesite,
    )
    return resp


@app.post("/account/logout")
def logout():
    sid = request.cookies.get(POLICY.name)
    if sid:
        sessions.delete(f"session:{sid}")
    resp = make_response(jsonify({"ok": True}))
    resp.delete_cookie(POLICY.name)
    return resp
