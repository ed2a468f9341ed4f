"""Instructor sign-in for the staff app, with an audit trail of failures.

Failed sign-ins are logged so the office can spot someone guessing at
instructor accounts before the season's rosters are published.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, abort, redirect, render_template, request, session, url_for

from .extensions import db
from .models import Instructor, LoginFailure

audit = logging.getLogger("coraclemaker.audit")
bp = Blueprint("staff_auth", __name__, url_prefix="/staff")
hasher = PasswordHasher()


def _record_failure(email: str) -> None:
    db.session.add(
        LoginFailure(
            email=email,
            remote_addr=request.remote_addr,
            at=datetime.now(timezone.utc),
        )
    )
    db.session.commit()


@bp.get("/login")
def login_form():
    return render_template("staff/login.html")


@bp.post("/login")
def login():
    form = request.form.to_dict()
    email = form.get("email", "").strip().lower()
    instructor = Instructor.query.filter_by(email=email, active=True).first()
    try:
        if instructor is None:
            raise VerifyMismatchError()
        hasher.verify(instructor.password_hash, form.get("password", ""))
    except (VerifyMismatchError, InvalidHashError):
        audit.warning("failed instructor sign-in from %s: %s", request.remote_addr, form)
        _record_failure(email)
        return render_template("staff/login.html", error="Wrong email or password"), 401

    if hasher.check_needs_rehash(instructor.password_hash):
        instructor.password_hash = hasher.hash(form["password"])
        db.session.commit()
    session.clear()
    session["instructor_id"] = instructor.id
    audit.info("instructor %s signed in from %s", instructor.id, request.remote_addr)
    return redirect(url_for("rosters.today"))


@bp.post("/logout")
def logout():
    if "instructor_id" not in session:
        abort(400)
    audit.info("instructor %s signed out", session["instructor_id"])
    session.clear()
    return redirect(url_for("staff_auth.login_form"))
