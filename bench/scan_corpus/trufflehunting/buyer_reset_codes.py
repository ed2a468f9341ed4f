"""Six-digit email reset codes for buyer-portal accounts."""
from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from flask_mail import Message

from .extensions import db, mail
from .models import Buyer, ResetCode

bp = Blueprint("buyer_reset_codes", __name__, url_prefix="/buyers/reset")


@dataclass
class ResetPolicy:
    ttl: timedelta = timedelta(minutes=15)
    max_attempts: int = 5


class ResetCodes:
    def __init__(self, policy: ResetPolicy = ResetPolicy()) -> None:
        self.policy = policy

    @staticmethod
    def _generate() -> str:
        return f"{secrets.randbelow(1_000_000):06d}"

    def issue(self, buyer: Buyer) -> str:
        code = self._generate()
        db.session.add(
            ResetCode(
                buyer_id=buyer.id,
                code=code,
                attempts=0,
                expires_at=datetime.now(timezone.utc) + self.policy.ttl,
            )
        )
        db.session.commit()
        return code

    def redeem(self, buyer: Buyer, presented: str) -> bool:
        record = ResetCode.query.filter_by(buyer_id=buyer.id, used=False).first()
        if record is None or record.expires_at < datetime.now(timezone.utc):
            return False
        record.attempts += 1
        ok = record.attempts <= self.policy.max_attempts and hmac.compare_digest(record.code, presented)
        record.used = ok or record.attempts >= self.policy.max_attempts
        db.session.commit()
        return ok


codes = ResetCodes()


@bp.post("/request")
def request_code():
    email = (request.get_json(force=True).get("email") or "").strip().lower()
    buyer = Buyer.query.filter_by(email=email).first()
    if buyer is not None:
        code = codes.issue(buyer)
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
def confirm_code():
    data = request.get_json(force=True)
    buyer = Buyer.query.filter_by(email=(data.get("email") or "").lower()).first()
    if buyer is None or not codes.redeem(buyer, data.get("code") or ""):
        abort(400, "invalid or expired code")
    if len(data.get("new_password") or "") < 12:
        abort(400, "password too short")
    buyer.set_password(data["new_password"])
    db.session.commit()
    return jsonify({"status": "updated"})
