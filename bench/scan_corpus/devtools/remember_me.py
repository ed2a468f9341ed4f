"""'Keep me signed in' support for the web UI login form."""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, redirect, request, url_for

from .auth import check_credentials, login_user
from .models import RememberToken, User, db

bp = Blueprint("auth", __name__)

REMEMBER_COOKIE = "gitui_remember"
REMEMBER_DAYS = 30


def _issue_remember_token(user: User) -> str:
    selector = secrets.token_urlsafe(12)
    validator = secrets.token_urlsafe(32)
    db.session.add(
        RememberToken(
            user_id=user.id,
            selector=selector,
            validator_hash=hashlib.sha256(validator.encode()).hexdigest(),
            expires_at=datetime.now(timezone.utc) + timedelta(days=REMEMBER_DAYS),
        )
    )
    db.session.commit()
    return f"{selector}:{validator}"


@bp.post("/login")
def login():
    user = check_credentials(request.form.get("username", ""), request.form.get("password", ""))
    if user is None:
        return redirect(url_for("auth.login_form", failed=1))
    login_user(user)
    response = redirect(url_for("dashboard.index"))
    if request.form.get("remember") == "on":
        response.set_cookie(
            REMEMBER_COOKIE,
            _issue_remember_token(user),
            max_age=REMEMBER_DAYS * 86400,
            httponly=True,
            samesite="Lax",
            path="/",
        )
    return response
