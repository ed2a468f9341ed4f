"""Login and logout views for members, using server-side session records."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, jsonify, make_response, request
from sqlalchemy import delete

from kilnhire.auth import verify_member_password
from kilnhire.db import db_session
from kilnhire.models import MemberSession

bp = Blueprint("member_session", __name__)

COOKIE_NAME = "kh_session"
SESSION_TTL = timedelta(days=14)


def _new_session(member_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    db_session.add(
        MemberSession(
            id=sid,
            member_id=member_id,
            expires_at=datetime.now(timezone.utc) + SESSION_TTL,
            user_agent=request.headers.get("User-Agent", "")[:200],
        )
    )
    db_session.commit()
    return sid


@bp.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    email = str(data.get("email", "")).strip().lower()
    password = str(data.get("password", ""))
    member = verify_member_password(email, password)
    if member is None:
        return jsonify({"error": "email or password not recognised"}), 401

    sid = _new_session(member.id)
    resp = make_response(jsonify({"member": member.id, "name": member.display_name}))
    resp.set_cookie(
        COOKIE_NAME,
        sid,
        max_age=int(SESSION_TTL.total_seconds()),
        secure=True,
        samesite="Lax",
        path="/",
    )
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(COOKIE_NAME)
    if sid:
        db_session.execute(delete(MemberSession).where(MemberSession.id == sid))
        db_session.commit()
    resp = make_response(jsonify({"ok": True}))
    resp.delete_cookie(COOKIE_NAME, path="/")
    return resp
