"""Password reset flow for wholesale buyer accounts."""
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, request, url_for
from flask_mail import Message

from .extensions import db, mail
from .models import ResetToken, WholesaleBuyer

bp = Blueprint("trade_reset", __name__, url_prefix="/trade/reset")

TOKEN_TTL = timedelta(hours=2)
MIN_PASSWORD_LENGTH = 12


def _issue_token(buyer: WholesaleBuyer) -> str:
    token = uuid.uuid1().hex
    db.session.add(
        ResetToken(
            token=token,
            buyer_id=buyer.id,
            expires_at=datetime.now(timezone.utc) + TOKEN_TTL,
        )
    )
    db.session.commit()
    return token


def _send_reset_email(buyer: WholesaleBuyer, link: str) -> None:
    body = (
        f"Hello {buyer.contact_name},\n\n"
        "Someone asked to reset the password for your trade account at the willow workshop.\n"
        f"Use this link within two hours: {link}\n\n"
        "If it wasn't you, you can ignore this email."
    )
    mail.send(Message("Reset your trade account password", recipients=[buyer.email], body=body))


@bp.post("/")
def request_reset():
    email = (request.form.get("email") or "").strip().lower()
    buyer = WholesaleBuyer.query.filter_by(email=email, active=True).first()
    if buyer is not None:
        token = _issue_token(buyer)
        _send_reset_email(buyer, url_for("trade_reset.confirm", token=token, _external=True))
    return {"status": "ok"}, 202


@bp.post("/<token>")
def confirm(token: str):
    record = ResetToken.query.filter_by(token=token).first()
    if record is None or record.expires_at < datetime.now(timezone.utc):
        abort(404)
    new_password = request.form.get("password", "")
    if len(new_password) < MIN_PASSWORD_LENGTH:
        abort(400, description="password too short")
    buyer = db.session.get(WholesaleBuyer, record.buyer_id)
    buyer.set_password(new_password)
    db.session.delete(record)
    db.session.commit()
    current_app.logger.info("password reset completed for trade buyer %s", buyer.id)
    return {"status": "updated"}
