"""Login handling and audit events for the cask owners' portal."""
import structlog
from flask import Blueprint, redirect, render_template, request, session, url_for

from portal.accounts import authenticate, record_failed_attempt

bp = Blueprint("login", __name__)
audit = structlog.get_logger("portal.audit")

FORM_FIELDS = ("email", "password", "remember")


def _submitted(form) -> dict:
    return {field: form.get(field, "") for field in FORM_FIELDS}


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    submitted = _submitted(request.form)
    owner = authenticate(submitted["email"], submitted["password"])
    if owner is None:
        attempts = record_failed_attempt(submitted["email"], request.remote_addr)
        audit.warning(
            "login_failed",
            ip=request.remote_addr,
            attempts=attempts,
            submitted=submitted,
        )
        return render_template("login.html", error="Email or password not recognised"), 401
    session.clear()
    session["owner_id"] = owner.id
    session.permanent = submitted["remember"] == "on"
    audit.info("login_succeeded", owner_id=owner.id, ip=request.remote_addr)
    return redirect(url_for("portfolio.index"))


@bp.post("/logout")
def logout():
    owner_id = session.pop("owner_id", None)
    session.clear()
    audit.info("logout", owner_id=owner_id)
    return redirect(url_for("login.login"))
