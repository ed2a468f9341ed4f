"""Session cookie handling for the subcontractor portal login flow.

After the identity service confirms a login, the portal sets its own
session cookie and a separate readable cookie with the display preferences.
"""
from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect

from portal.sessions import SessionStore

SESSION_TTL = timedelta(hours=10)

SESSION_COOKIE_FLAGS = {
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
    "path": "/",
}


class PortalSessionIssuer:
    cookie_name = "sc_portal_session"
    prefs_cookie = "sc_portal_prefs"

    def __init__(self, store: SessionStore) -> None:
        self.store = store

    def _cookie_kwargs(self) -> dict:
        return {
            **SESSION_COOKIE_FLAGS,
            "max_age": int(SESSION_TTL.total_seconds()),
            "domain": getattr(settings, "PORTAL_COOKIE_DOMAIN", None),
        }

    @staticmethod
    def _theme(request: HttpRequest) -> str:
        theme = request.GET.get("theme", "light")
        return theme if theme in {"light", "dark", "high-contrast"} else "light"

    def start(self, request: HttpRequest, user_id: int, next_url: str = "/") -> HttpResponse:
        session_id = secrets.token_urlsafe(32)
        self.store.create(session_id, user_id=user_id, ttl=SESSION_TTL)
        response = HttpResponseRedirect(next_url if next_url.startswith("/") else "/")
        response.set_cookie(self.cookie_name, session_id, **self._cookie_kwargs())
        response.set_cookie(
            self.prefs_cookie,
            self._theme(request),
            secure=True,
            samesite="Lax",
        )
        return response

    def end(self, request: HttpRequest) -> HttpResponse:
        session_id = request.COOKIES.get(self.cookie_name)
        if session_id:
            self.store.delete(session_id)
        response = HttpResponseRedirect("/login")
        response.delete_cookie(self.cookie_name, path="/", samesite="Lax")
        return response
