"""Session and cookie settings for the stylist portal (rotas, commissions, holidays)."""
from __future__ import annotations

import os
from datetime import timedelta

from flask import Flask, make_response, redirect, request, url_for

REMEMBER_SALON_COOKIE = "portal_salon"
COOKIE_FLAGS = {"secure": True, "httponly": True, "samesite": "Lax"}


def configure_sessions(app: Flask) -> None:
    app.config.update(
        SECRET_KEY=os.environ["STYLIST_PORTAL_SECRET"],
        SESSION_COOKIE_NAME="stylist_session",
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=12),
    )

    @app.post("/switch-salon")
    def switch_salon():
        salon_id = request.form.get("salon_id", type=int)
        resp = make_response(redirect(url_for("rota.index")))
        if salon_id is not None:
            resp.set_cookie(
                REMEMBER_SALON_COOKIE,
                str(salon_id),
                max_age=int(timedelta(days=90).total_seconds()),
                **COOKIE_FLAGS,
            )
        return resp

    @app.post("/forget-salon")
    def forget_salon():
        resp = make_response(redirect(url_for("rota.index")))
        resp.delete_cookie(REMEMBER_SALON_COOKIE, secure=True, httponly=True, samesite="Lax")
        return resp
