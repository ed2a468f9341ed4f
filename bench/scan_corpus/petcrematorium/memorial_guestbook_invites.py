"""Invitations that let friends and family sign a pet's memorial guestbook."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, g, jsonify, request
from sqlalchemy import text

from .db import get_engine
from .mail import send_mail

bp = Blueprint("guestbook_invites", __name__)

INVITE_TTL = timedelta(days=30)


@dataclass
class GuestbookInvite:
    memorial_id: int
    email: str
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + INVITE_TTL
    )

    @property
    def token_digest(self) -> str:
        return hashlib.sha256(self.token.encode()).hexdigest()


@bp.post("/memorials/<int:memorial_id>/invites")
def invite_guests(memorial_id: int):
    emails = [e.strip().lower() for e in request.json.get("emails", []) if "@" in e]
    if not emails or len(emails) > 25:
        abort(400)
    engine = get_engine()
    with engine.begin() as conn:
        owner_id = conn.execute(
            text("SELECT owner_id FROM memorial_pages WHERE id = :m"), {"m": memorial_id}
        ).scalar_one_or_none()
        if owner_id != g.owner_id:
            abort(404)
        for email in emails:
            invite = GuestbookInvite(memorial_id=memorial_id, email=email)
            conn.execute(
                text(
                    "INSERT INTO guestbook_invites (memorial_id, email, token_sha256, expires_at) "
                    "VALUES (:m, :e, :t, :x)"
                ),
                {"m": memorial_id, "e": email, "t": invite.token_digest, "x": invite.expires_at},
            )
            send_mail(
                to=email,
                template="memorial/guestbook_invite",
                context={"link": f"{current_app.config['PORTAL_URL']}/guestbook/{invite.token}"},
            )
    return jsonify({"invited": len(emails)}), 201
