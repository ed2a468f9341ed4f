"""Password reset by emailed code for online shop customers."""
import hmac
import random
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request

from .mail import send_template
from .models import Customer, PasswordReset, db
from .passwords import set_password

bp = Blueprint("reset", __name__, url_prefix="/account/reset")

RESET_TTL = timedelta(minutes=20)
MAX_TRIES = 5


def _reset_code() -> str:
    return f"{random.randint(0, 999_999):06d}"


@bp.post("/start")
def start_reset():
    email = (request.get_json(force=True).get("email") or "").strip().lower()
    customer = Customer.query.filter_by(email=email).first()
    if customer is not None:
        code = _reset_code()
        db.session.add(
            PasswordReset(
                customer_id=customer.id,
                code=code,
                expires_at=datetime.now(timezone.utc) + RESET_TTL,
            )
        )
        db.session.commit()
        send_template(customer.email, "shop/reset_code.txt", code=code, name=customer.first_name)
    return jsonify(status="sent"), 202


@bp.post("/finish")
def finish_reset():
    data = request.get_json(force=True)
    customer = Customer.query.filter_by(email=(data.get("email") or "").lower()).first_or_404()
    reset = (
        PasswordReset.query.filter_by(customer_id=customer.id, used_at=None)
        .order_by(PasswordReset.id.desc())
        .first()
    )
    if reset is None or reset.expires_at < datetime.now(timezone.utc) or reset.tries >= MAX_TRIES:
        abort(400, "reset code expired")
    reset.tries += 1
    if not hmac.compare_digest(reset.code, str(data.get("code", ""))):
        db.session.commit()
        abort(400, "wrong code")
    reset.used_at = datetime.now(timezone.utc)
    set_password(customer, data["new_password"])
    db.session.commit()
    return jsonify(status="ok")
