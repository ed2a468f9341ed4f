"""Remember-me login for the online shop.

A long-lived, server-side remember token lets returning customers skip the
login form. Only a random id is stored in the cookie; the token's hash is
kept in the database.
"""
from __future__ import annotations

import hashlib
import os
import secrets
from datetime import datetime, timedelta, timezone

import psycopg
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)
DSN = os.environ["SHOP_DB_DSN"]
REMEMBER_COOKIE = "bn_remember"
REMEMBER_DAYS = 30


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def issue_remember_token(customer_id: int) -> str:
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + timedelta(days=REMEMBER_DAYS)
    with psycopg.connect(DSN) as conn:
        conn.execute(
            "INSERT INTO remember_tokens (digest, customer_id, expires_at) VALUES (%s, %s, %s)",
            (_token_digest(token), customer_id, expires),
        )
    return token


def customer_for_token(token: str) -> int | None:
    with psycopg.connect(DSN) as conn:
        row = conn.execute(
            "SELECT customer_id FROM remember_tokens WHERE digest = %s AND expires_at > now()",
            (_token_digest(token),),
        ).fetchone()
    return row[0] if row else None


@app.post("/shop/remember-me")
def remember_me():
    customer_id = request.environ.get("shop.customer_id")
    if customer_id is None:
        return jsonify({"error": "log in first"}), 401
    resp = make_response(jsonify({"remembered": True}))
    resp.set_cookie(
        REMEMBER_COOKIE,
        issue_remember_token(customer_id),
        max_age=REMEMBER_DAYS * 86400,
        secure=True,
        httponly=True,
        samesite="Lax",
        path="/shop",
    )
    return resp


@app.get("/shop/session/resume")
def resume():
    token = request.cookies.get(REMEMBER_COOKIE)
    customer_id = customer_for_token(token) if token else None
    if customer_id is None:
        return jsonify({"resumed": False}), 401
    return jsonify({"resumed": True, "customer_id": customer_id})
