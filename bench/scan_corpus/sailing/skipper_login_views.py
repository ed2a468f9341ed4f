"""Sign-in views for charter skippers checking their boarding documents."""

import logging

from flask import Blueprint, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash

from .db import get_db

bp = Blueprint("skipper_auth", __name__, url_prefix="/skippers")
audit = logging.getLogger("portal.audit")

_AUDIT_FIELDS = ("email", "booking_ref")


def _attempt_context(form) -> dict:
    """Collect the request details stored with each sign-in attempt."""
    ctx = {key: form.get(key, "") for key in _AUDIT_FIELDS}
    ctx["ip"] = request.remote_addr
    ctx["agent"] = request.headers.get("User-Agent", "")[:120]
    return ctx


def _load_skipper(email: str, booking_ref: str):
    return get_db().execute(
        "SELECT s.id, s.password_hash FROM skippers s "
        "JOIN bookings b ON b.skipper_id = s.id "
        "WHERE s.email = ? AND b.reference = ?",
        (email.strip().lower(), booking_ref.strip().upper()),
    ).fetchone()


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("skippers/login.html")

    email = request.form.get("email", "")
    booking_ref = request.form.get("booking_ref", "")
    password = request.form.get("password", "")
    skipper = _load_skipper(email, booking_ref)

    if skipper is None or not check_password_hash(skipper["password_hash"], password):
        audit.warning("failed skipper sign-in: %s", _attempt_context(request.form))
        return (
            render_template("skippers/login.html", error="Details not recognised"),
            401,
        )

    session.clear()
    session["skipper_id"] = skipper["id"]
    session["booking_ref"] = booking_ref.strip().upper()
    audit.info("skipper %s signed in for %s", skipper["id"], session["booking_ref"])
    return redirect(url_for("boarding.documents"))


@bp.route("/logout", methods=["POST"])
def logout():
    session.clear()
    return redirect(url_for("skipper_auth.login"))
