"""Password reset flow for wholesale buyer accounts."""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, request, url_for

from cheesewright.mail import send_template
from cheesewright.models import PasswordReset, WholesaleBuyer, db

bp = Blueprint("buyer_reset", __name__)

RESET_TTL = timedelta(minutes=45)


def _fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@bp.post("/wholesale/password-reset")
def request_reset():
    email = request.form.get("email", "").strip().lower()
    buyer = WholesaleBuyer.query.filter_by(email=email).first()
    if buyer is not None:
        token = secrets.token_urlsafe(32)
        db.session.add(
            PasswordReset(
                buyer_id=buyer.id,
                token_hash=_fingerprint(token),
                expires_at=datetime.now(timezone.utc) + RESET_TTL,
            )
        )
        db.session.commit()
        link = url_for("buyer_reset.confirm_reset", token=token, _external=True)
        send_template(buyer.email, "wholesale/reset.txt", link=link, trading_name=buyer.trading_name)
    return {"status": "if the address is registered, a link is on its way"}, 202


@bp.post("/wholesale/password-reset/<token>")
def confirm_reset(token):
    reset = PasswordReset.query.filter_by(token_hash=_fingerprint(token), used_at=None).first()
    if reset is None or reset.expires_at < datetime.now(timezone.utc):
        abort(404)
    reset.buyer.set_password(request.form["password"])
    reset.used_at = datetime.now(timezone.utc)
    db.session.commit()
    return {"status": "password updated"}
