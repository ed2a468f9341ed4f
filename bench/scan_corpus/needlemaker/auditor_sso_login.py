"""Password login for auditors whose organisation has no SSO federation.

Each attempt is logged for the audit trail required by 21 CFR Part 11,
together with the account and the source address.
"""
import logging

from flask import Blueprint, redirect, render_template, request, session, url_for

from needlemaker.audit.accounts import authenticate_auditor, find_auditor
from needlemaker.audit.trail import record_event

bp = Blueprint("auditor_login", __name__, url_prefix="/auditors")
logger = logging.getLogger("needlemaker.audit.login")


def _client_address() -> str:
    forwarded = request.headers.get("X-Forwarded-For", "")
    return forwarded.split(",")[0].strip() or request.remote_addr or "unknown"


@bp.route("/login", methods=["GET", "POST"])
def auditor_login():
    if request.method == "GET":
        return render_template("auditors/login.html")

    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    auditor = find_auditor(email)
    address = _client_address()

    if auditor is None or not authenticate_auditor(auditor, password):
        logger.warning("Auditor login failed email=%s addr=%s", email, address)
        record_event("auditor_login_failed", subject=email, address=address)
        return render_template("auditors/login.html", error="Invalid email or password"), 401

    session.clear()
    session["auditor_id"] = auditor.id
    logger.info("Auditor login email=%s audit=%s addr=%s", email, auditor.audit_ref, address)
    record_event("auditor_login", subject=email, address=address)
    return redirect(url_for("auditor_exports.index"))
