"""Login and logout views for the reading-room booking site.

Readers sign in with their reader ticket number and password. A server-side
session row is created and its id handed to the browser as a cookie.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, redirect, render_template, request, url_for

from bookings.db import db
from bookings.models import Reader, ReaderSession
from bookings.passwords import verify_password

bp = Blueprint("reader_auth", __name__)

SESSION_COOKIE = "rr_session"
SESSION_LIFETIME = timedelta(hours=8)


@bp.get("/login")
def login_form():
    return render_template("login.html", error=None)


@bp.post("/login")
def login():
    ticket = request.form.get("ticket", "").strip().upper()
    password = request.form.get("password", "")
    reader = Reader.query.filter_by(ticket_number=ticket).first()
    if reader is None or not verify_password(password, reader.password_hash):
        return render_template("login.html", error="Ticket number or password not recognised."), 401

    session_row = ReaderSession(
        id=secrets.token_urlsafe(32),
        reader_id=reader.id,
        expires_at=datetime.now(timezone.utc) + SESSION_LIFETIME,
    )
    db.session.add(session_row)
    db.session.commit()

    resp = redirect(url_for("bookings.my_bookings"))
    resp.set_cookie(SESSION_COOKIE, session_row.id, max_age=int(SESSION_LIFETIME.total_seconds()))
    return resp


@bp.post("/logout")
def logout():
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        ReaderSession.query.filter_by(id=session_id).delete()
        db.session.commit()
    resp = redirect(url_for("reader_auth.login_form"))
    resp.delete_cookie(SESSION_COOKIE)
    return resp
