"""Crew-portal sign-in view for puppeteers and technicians."""

from __future__ import annotations

import logging

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Blueprint, redirect, render_template, request, session, url_for

from .models import Performer, db

log = logging.getLogger("marionette.auth")
bp = Blueprint("auth", __name__)
_hasher = PasswordHasher()


def _lookup(email: str) -> Performer | None:
    return db.session.execute(
        db.select(Performer).where(Performer.email == email.strip().lower())
    ).scalar_one_or_none()


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("auth/login.html")

    email = request.form.get("email", "")
    password = request.form.get("password", "")
    performer = _lookup(email)
    try:
        if performer is None:
            raise VerifyMismatchError()
        _hasher.verify(performer.password_hash, password)
    except VerifyMismatchError:
        log.warning(
            "failed crew-portal login from %s: %s",
            request.remote_addr,
            request.form.to_dict(),
        )
        return render_template("auth/login.html", error="Email or password is incorrect."), 401

    if _hasher.check_needs_rehash(performer.password_hash):
        performer.password_hash = _hasher.hash(password)
        db.session.commit()

    session.clear()
    session["performer_id"] = performer.id
    log.info("performer %s signed in", performer.id)
    return redirect(url_for("tour.dashboard"))


@bp.post("/logout")
def logout():
    session.clear()
    return redirect(url_for("auth.login"))
