"""Cookie handling for the customer portal login flow."""
from datetime import timedelta

from flask import Response, current_app

SESSION_COOKIE = "pp_session"
REMEMBER_COOKIE = "pp_remember"
SESSION_LIFETIME = timedelta(hours=12)
REMEMBER_LIFETIME = timedelta(days=30)

COOKIE_DEFAULTS = {
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
    "path": "/",
}


def _domain() -> str | None:
    return current_app.config.get("PORTAL_COOKIE_DOMAIN")


def attach_session(resp: Response, session_token: str, remember_token: str | None = None) -> Response:
    resp.set_cookie(
        SESSION_COOKIE,
        session_token,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        domain=_domain(),
        **COOKIE_DEFAULTS,
    )
    if remember_token:
        resp.set_cookie(
            REMEMBER_COOKIE,
            remember_token,
            max_age=int(REMEMBER_LIFETIME.total_seconds()),
            domain=_domain(),
            **COOKIE_DEFAULTS,
        )
    return resp


def clear_session(resp: Response) -> Response:
    for name in (SESSION_COOKIE, REMEMBER_COOKIE):
        resp.delete_cookie(name, path="/", domain=_domain(), secure=True, httponly=True, samesite="Lax")
    return resp
