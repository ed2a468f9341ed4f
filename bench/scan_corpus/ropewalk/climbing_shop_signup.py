"""Self-service sign-up for climbing shop retailers on the trade portal.

Retailers ordering dynamic and static kernmantle by the reel create a login
here; the account is linked to their accounts-package customer code once the
sales office approves it.
"""
import bcrypt
from flask import Blueprint, current_app, jsonify, request

from ropewalk.portal.db import db
from ropewalk.portal.models import RetailerLogin

bp = Blueprint("retailer_signup", __name__, url_prefix="/trade/retailers")


class PortalConfig:
    PASSWORD_MIN_LENGTH = 10
    BCRYPT_LOG_ROUNDS = 8
    DEFAULT_PRICE_BAND = "RETAIL-B"


def hash_login_password(plain: str, rounds: int = PortalConfig.BCRYPT_LOG_ROUNDS) -> str:
    return bcrypt.hashpw(plain.encode("utf-8"), bcrypt.gensalt(rounds=rounds)).decode("ascii")


def _validate(payload: dict) -> list[str]:
    errors = []
    for field in ("shop_name", "contact_email", "password"):
        if not payload.get(field):
            errors.append(f"{field} is required")
    if len(payload.get("password", "")) < PortalConfig.PASSWORD_MIN_LENGTH:
        errors.append("password is too short")
    return errors


@bp.post("/signup")
def signup():
    payload = request.get_json(force=True) or {}
    errors = _validate(payload)
    if errors:
        return jsonify({"errors": errors}), 400
    login = RetailerLogin(
        shop_name=payload["shop_name"].strip(),
        contact_email=payload["contact_email"].strip().lower(),
        password_hash=hash_login_password(payload["password"]),
        price_band=PortalConfig.DEFAULT_PRICE_BAND,
        approved=False,
    )
    db.session.add(login)
    db.session.commit()
    current_app.logger.info("Retailer signup received for %s", login.shop_name)
    return jsonify({"id": login.id, "status": "pending_approval"}), 201


def check_retailer_login(contact_email: str, password: str) -> RetailerLogin | None:
    user = RetailerLogin.query.filter_by(contact_email=contact_email.strip().lower()).first()
    if user is None or not user.approved:
        return None
    if not bcrypt.checkpw(password.encode("utf-8"), user.password_hash.encode("ascii")):
        return None
    return user
