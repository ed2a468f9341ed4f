"""Login and logout views for the museum client portal."""
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, redirect, render_template, request, url_for

from .accounts import PortalAccountStore, account_store
from .sessions import SessionStore, session_store

bp = Blueprint("portal_auth", __name__)

SESSION_COOKIE = "gilder_portal_sid"
SESSION_LIFETIME = timedelta(hours=8)


def start_session(store: SessionStore, email: str) -> tuple[str, datetime]:
    sid = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + SESSION_LIFETIME
    store.create(sid=sid, email=email, expires_at=expires)
    return sid, expires


@bp.get("/login")
def login_form():
    return render_template("portal/login.html")


@bp.post("/login")
def login():
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    accounts: PortalAccountStore = account_store()
    if not email or not accounts.verify(email, password):
        return render_template("portal/login.html", error="Unknown e-mail or password"), 401

    sid, expires = start_session(session_store(), email)
    resp = redirect(url_for("portal.dashboard"))
    resp.set_cookie(SESSION_COOKIE, sid, expires=expires, path="/")
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        session_store().delete(sid)
    resp = redirect(url_for("portal_auth.login_form"))
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp
