"""Login and logout views for the instructor portal."""

import logging

from flask import (
    Blueprint,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.security import check_password_hash

from .db import get_db

bp = Blueprint("instructor_auth", __name__, url_prefix="/instructors")
audit = logging.getLogger("portal.audit")


def _attempt_context(form) -> dict:
    """Collect the request details stored with each login attempt."""
    ctx = {key: value for key, value in form.items() if key != "csrf_token"}
    ctx["ip"] = request.remote_addr
    ctx["agent"] = request.headers.get("User-Agent", "")[:120]
    return ctx


def _load_instructor(email: str):
    return get_db().execute(
        "SELECT id, email, password_hash, active FROM instructors WHERE email = ?",
        (email.strip().lower(),),
    ).fetchone()


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("instructors/login.html")

    email = request.form.get("email", "")
    password = request.form.get("password", "")
    instructor = _load_instructor(email)

    valid = (
        instructor is not None
        and instructor["active"]
        and check_password_hash(instructor["password_hash"], password)
    )
    if not valid:
        audit.warning("failed instructor login: %s", _attempt_context(request.form))
        return (
            render_template("instructors/login.html", error="Invalid email or password"),
            401,
        )

    session.clear()
    session["instructor_id"] = instructor["id"]
    audit.info("instructor %s signed in from %s", instructor["id"], request.remote_addr)
    return redirect(url_for("logbook.index"))


@bp.route("/logout", methods=["POST"])
def logout():
    instructor_id = session.pop("instructor_id", None)
    session.clear()
    if instructor_id is not None:
        audit.info("instructor %s signed out", instructor_id)
    return redirect(url_for("instructor_auth.login"))
