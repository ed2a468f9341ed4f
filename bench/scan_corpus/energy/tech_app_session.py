"""Session setup for the field technician web app (used on tablets in trucks)."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

from flask import Flask, redirect, request, url_for

SESSION_TTL = timedelta(hours=12)

COOKIE_FLAGS = {
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
    "path": "/",
}


def configure(app: Flask) -> None:
    app.config.update(
        SECRET_KEY=os.environ["TECH_APP_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=SESSION_TTL,
    )


def issue_device_cookie(response, store, technician_id: str):
    """Remember the tablet so the technician only re-enters their PIN."""
    device_token = secrets.token_urlsafe(32)
    store.remember_device(device_token, technician_id, ttl=SESSION_TTL)
    response.set_cookie(
        "tech_device",
        device_token,
        max_age=int(SESSION_TTL.total_seconds()),
        **COOKIE_FLAGS,
    )
    return response


def forget_device(store):
    token = request.cookies.get("tech_device")
    if token:
        store.forget_device(token)
    response = redirect(url_for("auth.login"))
    response.delete_cookie("tech_device", path="/", secure=True, httponly=True, samesite="Lax")
    return response
