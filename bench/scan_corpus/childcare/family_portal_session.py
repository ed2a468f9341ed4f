"""Login and logout for the family portal (web version of the parent app)."""
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, g, make_response, redirect, render_template, request, url_for
from werkzeug.security import check_password_hash

from .models import Parent, PortalSession, db

bp = Blueprint("family_auth", __name__)

SESSION_COOKIE = "lo_family"
SESSION_LIFETIME = timedelta(days=14)


@bp.get("/login")
def login_form():
    return render_template("family/login.html")


@bp.post("/login")
def login():
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    parent = Parent.query.filter_by(email=email, active=True).first()
    if parent is None or not check_password_hash(parent.password_hash, password):
        return render_template("family/login.html", error="Email or password not recognised."), 401

    token = secrets.token_urlsafe(32)
    db.session.add(
        PortalSession(
            parent_id=parent.id,
            token=token,
            expires_at=datetime.now(timezone.utc) + SESSION_LIFETIME,
            user_agent=request.user_agent.string[:255],
        )
    )
    db.session.commit()

    resp = make_response(redirect(url_for("diary.today")))
    resp.set_cookie(SESSION_COOKIE, token, max_age=int(SESSION_LIFETIME.total_seconds()), samesite="Lax")
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        PortalSession.query.filter_by(token=token).delete()
        db.session.commit()
    resp = make_response(redirect(url_for("family_auth.login_form")))
    resp.delete_cookie(SESSION_COOKIE)
    return resp
