"""Helpers for issuing and clearing the resident portal session cookie."""
from datetime import timedelta

from fastapi import Request, Response

from .config import settings

SESSION_COOKIE = "rp_session"
COOKIE_DEFAULTS = {
    "path": "/",
    "secure": True,
    "httponly": True,
    "samesite": "lax",
}


def issue_session_cookie(response: Response, session_id: str, ttl: timedelta = timedelta(hours=8)) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        session_id,
        max_age=int(ttl.total_seconds()),
        domain=settings.cookie_domain,
        **COOKIE_DEFAULTS,
    )


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(
        SESSION_COOKIE,
        domain=settings.cookie_domain,
        **COOKIE_DEFAULTS,
    )


def session_id_from(request: Request) -> str | None:
    value = request.cookies.get(SESSION_COOKIE)
    if value and 20 <= len(value) <= 128:
        return value
    return None
