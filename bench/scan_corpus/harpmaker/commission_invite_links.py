"""Share links that let a commission customer invite family or a teacher to watch the build."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, request, session, url_for
from sqlalchemy import text

bp = Blueprint("commission_invites", __name__, url_prefix="/portal/commissions")

INVITE_TTL = timedelta(days=30)


@dataclass(frozen=True)
class Invite:
    commission_id: int
    token: str
    expires_at: datetime

    @staticmethod
    def new_token() -> str:
        return secrets.token_urlsafe(24)

    @classmethod
    def create(cls, commission_id: int) -> "Invite":
        return cls(commission_id, cls.new_token(), datetime.now(timezone.utc) + INVITE_TTL)

    @property
    def token_digest(self) -> str:
        return hashlib.sha256(self.token.encode("ascii")).hexdigest()


def _db():
    return current_app.extensions["harp_db"]


@bp.post("/<int:commission_id>/invites")
def create_invite(commission_id: int):
    customer_id = session.get("customer_id")
    if customer_id is None:
        abort(401)
    with _db().begin() as conn:
        owns = conn.execute(
            text("SELECT 1 FROM commissions WHERE id = :cid AND customer_id = :cust"),
            {"cid": commission_id, "cust": customer_id},
        ).first()
        if not owns:
            abort(404)
        invite = Invite.create(commission_id)
        conn.execute(
            text(
                "INSERT INTO commission_invites (commission_id, token_sha256, label, expires_at) "
                "VALUES (:cid, :digest, :label, :exp)"
            ),
            {
                "cid": commission_id,
                "digest": invite.token_digest,
                "label": (request.get_json(silent=True) or {}).get("label", "")[:80],
                "exp": invite.expires_at,
            },
        )
    link = url_for("commission_invites.view", token=invite.token, _external=True)
    return jsonify({"link": link, "expires_at": invite.expires_at.isoformat()}), 201


@bp.get("/shared/<token>")
def view(token: str):
    digest = hashlib.sha256(token.encode("ascii", "ignore")).hexdigest()
    with _db().connect() as conn:
        row = conn.execute(
            text(
                "SELECT c.harp_model, c.status, c.progress_note FROM commission_invites i "
                "JOIN commissions c ON c.id = i.commission_id "
                "WHERE i.token_sha256 = :digest AND i.expires_at > now()"
            ),
            {"digest": digest},
        ).first()
    if row is None:
        abort(404)
    return jsonify({"model": row.harp_model, "status": row.status, "note": row.progress_note})
