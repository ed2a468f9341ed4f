"""Cookie settings shared by the tenant portal and the board-voting app."""
import os
from datetime import timedelta

from flask import Flask, Response

SESSION_LIFETIME = timedelta(hours=12)
DEVICE_COOKIE = "coop_device"

_COOKIE_FLAGS = {
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
    "path": "/",
}


def configure_sessions(app: Flask) -> None:
    app.config.update(
        SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
        SESSION_COOKIE_NAME="coop_session",
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=SESSION_LIFETIME,
    )


def set_device_cookie(resp: Response, device_token: str, *, days: int = 90) -> Response:
    """Remembers a device that already passed 2FA so members aren't asked every login."""
    resp.set_cookie(
        DEVICE_COOKIE,
        device_token,
        max_age=int(timedelta(days=days).total_seconds()),
        domain=os.environ.get("PORTAL_COOKIE_DOMAIN"),
        **_COOKIE_FLAGS,
    )
    return resp


def clear_device_cookie(resp: Response) -> Response:
    resp.delete_cookie(DEVICE_COOKIE, path="/", domain=os.environ.get("PORTAL_COOKIE_DOMAIN"))
    return resp
