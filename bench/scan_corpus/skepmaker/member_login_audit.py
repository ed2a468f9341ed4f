"""Audit trail of sign-in attempts to the members' area and forum."""
import hashlib
import logging

from flask import Blueprint, jsonify, request, session

from skepmaker.members.auth import issue_session_token, verify_credentials

bp = Blueprint("member_login", __name__)
audit = logging.getLogger("skepmaker.audit.login")


def token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:12]


def client_ip() -> str:
    forwarded = request.headers.get("X-Forwarded-For", "")
    return forwarded.split(",")[0].strip() or request.remote_addr or "-"


@bp.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    email = data.get("email", "").strip().lower()
    password = data.get("password", "")
    member = verify_credentials(email, password)
    if member is None:
        audit.warning("login failed email=%s ip=%s", email, client_ip())
        return jsonify({"error": "invalid email or password"}), 401

    token = issue_session_token(member)
    session["member_token"] = token
    audit.info(
        "login ok member=%s ip=%s session=%s",
        member.id, client_ip(), token_fingerprint(token),
    )
    return jsonify({"member_id": member.id, "display_name": member.display_name})


@bp.post("/logout")
def logout():
    token = session.pop("member_token", None)
    if token:
        audit.info("logout session=%s ip=%s", token_fingerprint(token), client_ip())
    return jsonify({"ok": True})
