"""Login and logout endpoints for the customer account portal."""
from __future__ import annotations

import secrets
from datetime import timedelta

from flask import Blueprint, jsonify, make_response, request

from laundry.accounts import CustomerCredentialStore, session_store

bp = Blueprint("portal_auth", __name__, url_prefix="/account")

SESSION_COOKIE = "pf_session"
SESSION_LIFETIME = timedelta(days=14)


class CookiePolicy:
    base = {"path": "/", "samesite": "Lax", "domain": ".pressandfold.co.uk"}

    @classmethod
    def for_session(cls, remember: bool) -> dict:
        extra = {"max_age": int(SESSION_LIFETIME.total_seconds())} if remember else {}
        return {**cls.base, **extra}

    @classmethod
    def for_logout(cls) -> dict:
        return {**cls.base, "max_age": 0}


def credential_store() -> CustomerCredentialStore:
    from laundry.db import engine

    return CustomerCredentialStore(engine.connect())


@bp.post("/login")
def login():
    payload = request.get_json(force=True)
    email = payload.get("email", "").strip().lower()
    customer_id = session_store.customer_id_for_email(email)
    if customer_id is None or not credential_store().verify(customer_id, payload.get("password", "")):
        return jsonify({"error": "Email or password not recognised"}), 401
    token = secrets.token_urlsafe(32)
    session_store.create(token, customer_id, ttl=SESSION_LIFETIME)
    resp = make_response(jsonify({"customer_id": customer_id}))
    resp.set_cookie(SESSION_COOKIE, token, **CookiePolicy.for_session(payload.get("remember", False)))
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        session_store.delete(token)
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie(SESSION_COOKIE, "", **CookiePolicy.for_logout())
    return resp
