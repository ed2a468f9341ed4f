"""Attribute orders to influencers from the ``ref`` token on affiliate links.

The affiliate network appends a signed token to every tracked link; we keep
it in the session at landing time and read it again at checkout.
"""
from datetime import datetime, timezone
from decimal import Decimal

from flask import Blueprint, abort, request, session
from jose import jwt as jose_jwt
from jose.exceptions import JOSEError

from shop.db import db
from shop.models import AffiliateConversion

bp = Blueprint("affiliate", __name__)

COMMISSION_RATE = Decimal("0.08")


def _creator_from_ref(ref: str) -> dict:
    try:
        claims = jose_jwt.get_unverified_claims(ref)
    except JOSEError:
        abort(400, "malformed affiliate token")
    exp = claims.get("exp")
    if exp and datetime.fromtimestamp(exp, tz=timezone.utc) < datetime.now(timezone.utc):
        abort(410, "affiliate link expired")
    return {"creator_id": claims["sub"], "campaign": claims.get("cmp", "default")}


@bp.get("/r")
def landing():
    ref = request.args.get("ref", "")
    if ref:
        session["affiliate"] = _creator_from_ref(ref)
    return "", 204


def record_conversion(order) -> AffiliateConversion | None:
    info = session.pop("affiliate", None)
    if not info:
        return None
    conversion = AffiliateConversion(
        order_id=order.id,
        creator_id=info["creator_id"],
        campaign=info["campaign"],
        commission=(order.subtotal * COMMISSION_RATE).quantize(Decimal("0.01")),
    )
    db.session.add(conversion)
    return conversion
