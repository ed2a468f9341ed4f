"""Time-limited share links that let a referring physician open a finalised report.

The link is e-mailed to the physician on record for the order; opening it
renders the signed report without requiring a portal account.
"""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, render_template
from flask_login import current_user, login_required
from sqlalchemy import text

from .db import engine

bp = Blueprint("report_share", __name__)

LINK_TTL = timedelta(hours=72)
TOKEN_ALPHABET = string.ascii_letters + string.digits


def _new_share_token(length: int = 32) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


@bp.post("/reports/<int:report_id>/share")
@login_required
def create_share_link(report_id: int):
    with engine.begin() as conn:
        report = conn.execute(
            text("SELECT id, status, referring_npi FROM reports WHERE id = :id AND group_id = :gid"),
            {"id": report_id, "gid": current_user.group_id},
        ).mappings().first()
        if report is None:
            abort(404)
        if report["status"] != "final":
            return jsonify(error="only final reports can be shared"), 409

        token = _new_share_token()
        expires = datetime.now(timezone.utc) + LINK_TTL
        conn.execute(
            text(
                "INSERT INTO report_shares (token, report_id, created_by, expires_at) "
                "VALUES (:token, :rid, :uid, :exp)"
            ),
            {"token": token, "rid": report_id, "uid": current_user.id, "exp": expires},
        )

    url = f"{current_app.config['PORTAL_BASE_URL']}/shared/{token}"
    return jsonify(url=url, expires_at=expires.isoformat()), 201


@bp.get("/shared/<token>")
def open_share_link(token: str):
    with engine.connect() as conn:
        share = conn.execute(
            text(
                "SELECT r.id, r.body_html, r.signed_by, s.expires_at FROM report_shares s "
                "JOIN reports r ON r.id = s.report_id WHERE s.token = :token"
            ),
            {"token": token},
        ).mappings().first()
    if share is None or share["expires_at"] < datetime.now(timezone.utc):
        abort(404)
    return render_template("shared_report.html", report=share)
