"""Session and preference cookies for the member portal."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from flask import Flask, Response, request

SESSION_COOKIE = "lacecoop_session"
VIEW_PREF_COOKIE = "pattern_view"
VIEW_MODES = {"grid", "list"}


@dataclass(frozen=True)
class CookiePolicy:
    domain: str | None
    session_ttl: timedelta = timedelta(hours=8)
    secure: bool = True
    httponly: bool = True
    samesite: str = "Lax"


class PortalCookies:
    def __init__(self, policy: CookiePolicy) -> None:
        self._policy = policy

    def issue_session(self, response: Response, store, member_id: int) -> str:
        session_id = secrets.token_urlsafe(32)
        store.put(session_id, member_id, ttl=self._policy.session_ttl)
        response.set_cookie(
            SESSION_COOKIE,
            session_id,
            max_age=int(self._policy.session_ttl.total_seconds()),
            domain=self._policy.domain,
            secure=self._policy.secure,
            httponly=self._policy.httponly,
            samesite=self._policy.samesite,
        )
        return session_id

    def clear_session(self, response: Response) -> None:
        response.delete_cookie(SESSION_COOKIE, domain=self._policy.domain,
                               secure=True, httponly=True, samesite=self._policy.samesite)

    def remember_view_mode(self, response: Response, mode: str) -> None:
        """Grid/list choice for the pattern library; read by the front-end script."""
        if mode not in VIEW_MODES:
            return
        response.set_cookie(VIEW_PREF_COOKIE, mode, max_age=60 * 60 * 24 * 365,
                            secure=True, samesite="Lax")


def register(app: Flask, cookies: PortalCookies) -> None:
    @app.post("/preferences/view")
    def set_view_mode():
        response = Response(status=204)
        cookies.remember_view_mode(response, request.form.get("mode", "grid"))
        return response
