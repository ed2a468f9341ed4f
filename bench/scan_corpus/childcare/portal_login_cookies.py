"""Remember-me and session cookies for the staff admin portal."""
import secrets
from datetime import timedelta

from flask import Response, current_app

SESSION_COOKIE_NAME = "lo_admin"
REMEMBER_COOKIE_NAME = "lo_admin_remember"
REMEMBER_FOR = timedelta(days=30)


def _cookie_defaults() -> dict:
    return {
        "secure": True,
        "httponly": True,
        "samesite": "Strict",
        "domain": current_app.config.get("ADMIN_COOKIE_DOMAIN"),
        "path": "/",
    }


def issue_session_cookie(resp: Response, session_token: str) -> Response:
    resp.set_cookie(SESSION_COOKIE_NAME, session_token, **_cookie_defaults())
    return resp


def issue_remember_cookie(resp: Response, store) -> str:
    selector = secrets.token_urlsafe(12)
    validator = secrets.token_urlsafe(32)
    store.save_remember_token(selector, validator, ttl=REMEMBER_FOR)
    resp.set_cookie(
        REMEMBER_COOKIE_NAME,
        f"{selector}:{validator}",
        max_age=int(REMEMBER_FOR.total_seconds()),
        **_cookie_defaults(),
    )
    return selector


def clear_auth_cookies(resp: Response) -> Response:
    for name in (SESSION_COOKIE_NAME, REMEMBER_COOKIE_NAME):
        resp.delete_cookie(name, path="/", domain=current_app.config.get("ADMIN_COOKIE_DOMAIN"))
    return resp
