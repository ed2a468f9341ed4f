"""Session and "remember this device" handling for the borrower portal (Flask)."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

from flask import Flask, Response, redirect, request, session, url_for

from .auth import authenticate_borrower, store_device_token

REMEMBER_COOKIE = "portal_device"
REMEMBER_DAYS = 30


def configure_sessions(app: Flask) -> None:
    app.config.update(
        SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
        SESSION_COOKIE_NAME="portal_session",
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=timedelta(minutes=20),
    )


def _set_device_cookie(resp: Response, token: str) -> None:
    resp.set_cookie(
        REMEMBER_COOKIE,
        token,
        max_age=int(timedelta(days=REMEMBER_DAYS).total_seconds()),
        secure=True,
        httponly=True,
        samesite="Strict",
        path="/portal",
    )


def login_view():
    borrower = authenticate_borrower(request.form["email"], request.form["password"])
    if borrower is None:
        return redirect(url_for("portal.login", error="invalid"))

    session.clear()
    session["borrower_id"] = borrower.id
    session.permanent = True
    resp = redirect(url_for("portal.dashboard"))
    if request.form.get("remember_device") == "on":
        token = secrets.token_urlsafe(32)
        store_device_token(borrower.id, token)
        _set_device_cookie(resp, token)
    return resp
