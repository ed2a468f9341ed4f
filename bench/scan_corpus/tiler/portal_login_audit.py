"""Login endpoint and audit trail for the customer portal.

Failed and successful logins are written to the audit log so the office
can help a homeowner who says "it won't let me in" and spot password
guessing against a particular account.
"""
import logging
from datetime import datetime, timezone

from flask import Blueprint, jsonify, request, session

from .portal_users import PortalUserStore, get_store

bp = Blueprint("portal_auth", __name__, url_prefix="/portal")
audit = logging.getLogger("portal.audit")


def client_ip() -> str:
    forwarded = request.headers.get("X-Forwarded-For", "")
    return forwarded.split(",")[0].strip() or request.remote_addr or "-"


def record(event: str, email: str, **extra) -> None:
    audit.info(
        "%s email=%s ip=%s ua=%r at=%s %s",
        event,
        email,
        client_ip(),
        request.user_agent.string[:120],
        datetime.now(timezone.utc).isoformat(timespec="seconds"),
        " ".join(f"{k}={v}" for k, v in sorted(extra.items())),
    )


@bp.post("/login")
def login():
    form = request.get_json(silent=True) or request.form
    email = (form.get("email") or "").strip().lower()
    password = form.get("password") or ""
    store: PortalUserStore = get_store()

    if not email or not password:
        record("login.rejected", email or "-", reason="missing_fields")
        return jsonify(error="email and password are required"), 400

    user = store.authenticate(email, password)
    if user is None:
        record("login.failed", email, known_account=store.exists(email))
        return jsonify(error="email or password not recognised"), 401

    session.clear()
    session["portal_user_id"] = user.id
    session["portal_email"] = email
    record("login.ok", email, jobs=len(user.job_refs))
    return jsonify(name=user.full_name, jobs=user.job_refs)


@bp.post("/logout")
def logout():
    email = session.get("portal_email", "-")
    session.clear()
    record("logout", email)
    return jsonify(ok=True)
