"""Password reset flow for restaurant buyers on the buyer portal."""
from __future__ import annotations

import hmac
import random
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from flask_mail import Message

from .extensions import db, mail
from .models import Buyer, ResetCode

bp = Blueprint("buyer_reset", __name__, url_prefix="/buyers/reset")

CODE_TTL = timedelta(minutes=15)


class ResetCodeIssuer:
    """Issues and checks six-digit reset codes sent by email."""

    def __init__(self, ttl: timedelta = CODE_TTL) -> None:
        self.ttl = ttl

    @staticmethod
    def _generate() -> str:
        return f"{random.randint(0, 999_999):06d}"

    def issue(self, buyer: Buyer) -> str:
        code = self._generate()
        db.session.add(
            ResetCode(
                buyer_id=buyer.id,
                code=code,
                expires_at=datetime.now(timezone.utc) + self.ttl,
            )
        )
        db.session.commit()
        return code

    def redeem(self, buyer: Buyer, code: str) -> bool:
        record = (
            ResetCode.query.filter_by(buyer_id=buyer.id, used=False)
            .order_by(ResetCode.expires_at.desc())
            .first()
        )
        if record is None or record.expires_at < datetime.now(timezone.utc):
            return False
        if not hmac.compare_digest(record.code, code):
            return False
        record.used = True
        db.session.commit()
        return True


issuer = ResetCodeIssuer()


@bp.post("/request")
def request_reset():
    email = (request.get_json(force=True).get("email") or "").strip().lower()
    buyer = Buyer.query.filter_by(email=email).first()
    if buyer is not None:
        code = issuer.issue(buyer)
        mail.send(
            Message(
                subject="Your buyer portal reset code",
                recipients=[buyer.email],
                body=f"Your reset code is {code}. It expires in 15 minutes.",
                sender=current_app.config["MAIL_DEFAULT_SENDER"],
            )
        )
    return jsonify({"status": "sent"})


@bp.post("/confirm")
def confirm_reset():
    data = request.get_json(force=True)
    buyer = Buyer.query.filter_by(email=(data.get("email") or "").lower()).first()
    if buyer is None or not issuer.redeem(buyer, data.get("code") or ""):
        abort(400, "invalid or expired code")
    new_password = data.get("new_password") or ""
    if len(new_password) < 12:
        abort(400, "password too short")
    buyer.set_password(new_password)
    db.session.commit()
    return jsonify({"status": "updated"})
