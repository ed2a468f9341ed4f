"""Activation codes for newly shipped debit cards.

The cardholder requests a code in the app, receives it by SMS and types it
into the activation screen together with the last four digits of the card.
"""
import random
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from cards.models import Card, db
from notifications.sms import send_sms

bp = Blueprint("card_activation", __name__, url_prefix="/cards")

CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


def _new_activation_code() -> str:
    return f"{random.randint(0, 999999):06d}"


@bp.post("/<int:card_id>/activation-code")
@login_required
def issue_activation_code(card_id: int):
    card = Card.query.filter_by(id=card_id, owner_id=current_user.id).first()
    if card is None:
        abort(404)
    if card.status != "shipped":
        abort(409)

    code = _new_activation_code()
    card.set_activation_code(code, expires_at=datetime.now(timezone.utc) + CODE_TTL)
    card.activation_attempts = 0
    db.session.commit()

    send_sms(current_user.phone_number, f"Your card activation code is {code}")
    return jsonify({"status": "sent", "expires_in": int(CODE_TTL.total_seconds())})


@bp.post("/<int:card_id>/activate")
@login_required
def activate(card_id: int):
    card = Card.query.filter_by(id=card_id, owner_id=current_user.id).first_or_404()
    payload = request.get_json(force=True)
    if card.activation_attempts >= MAX_ATTEMPTS:
        abort(429)
    card.activation_attempts += 1
    if payload.get("last4") != card.last4 or not card.check_activation_code(payload.get("code", "")):
        db.session.commit()
        abort(400)
    card.status = "active"
    db.session.commit()
    return jsonify({"status": "active"})
