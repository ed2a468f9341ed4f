"""Starlette routes for the ticket-office kiosk login; issues the cashier session cookie."""

from __future__ import annotations

import secrets
from datetime import timedelta

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse
from starlette.routing import Route

SESSION_COOKIE = "__Host-cashier_sid"
SESSION_TTL = timedelta(hours=9)


class CashierSessions:
    def __init__(self, backend) -> None:
        self._backend = backend

    def open(self, cashier_id: str, till: str) -> str:
        sid = secrets.token_urlsafe(32)
        self._backend.setex(f"cashier:{sid}", int(SESSION_TTL.total_seconds()), f"{cashier_id}|{till}")
        return sid

    def close(self, sid: str) -> None:
        self._backend.delete(f"cashier:{sid}")


def build_app(sessions: CashierSessions, directory) -> Starlette:
    async def login(request: Request):
        form = await request.form()
        cashier = directory.verify(form.get("cashier_id", ""), form.get("password", ""))
        if cashier is None:
            return JSONResponse({"error": "invalid credentials"}, status_code=401)
        sid = sessions.open(cashier.id, form.get("till", "T1"))
        response = RedirectResponse("/till", status_code=303)
        response.set_cookie(
            SESSION_COOKIE,
            sid,
            max_age=int(SESSION_TTL.total_seconds()),
            path="/",
            secure=True,
            httponly=True,
            samesite="strict",
        )
        return response

    async def logout(request: Request):
        sid = request.cookies.get(SESSION_COOKIE)
        if sid:
            sessions.close(sid)
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True, samesite="strict")
        return response

    return Starlette(
        routes=[Route("/login", login, methods=["POST"]), Route("/logout", logout, methods=["POST"])],
    )
