"""Service tokens for partner quilt shops that sync listings to the guild.

Each partner shop signs its requests with its own key; the key id in the
token header says which shop's public key should verify it.
"""
import jwt
from flask import Blueprint, g, jsonify, request

from quilter.config import settings
from quilter.partners.models import PartnerShop

bp = Blueprint("partner_api", __name__, url_prefix="/partner/v1")

ALGORITHMS = ["RS256", "ES256"]


class PartnerAuthError(Exception):
    pass


def _partner_for_token(token: str) -> PartnerShop:
    header = jwt.get_unverified_header(token)
    key_id = header.get("kid")
    partner = PartnerShop.query.filter_by(key_id=key_id, active=True).first()
    if partner is None:
        raise PartnerAuthError("unknown key id")
    return partner


def authenticate(token: str) -> tuple[PartnerShop, dict]:
    partner = _partner_for_token(token)
    try:
        claims = jwt.decode(
            token,
            partner.public_key_pem,
            algorithms=ALGORITHMS,
            audience=settings.PARTNER_API_AUDIENCE,
            issuer=partner.issuer,
            options={"require": ["exp", "iat", "iss", "aud"]},
        )
    except jwt.InvalidTokenError as exc:
        raise PartnerAuthError(str(exc)) from exc
    return partner, claims


@bp.before_request
def require_partner_token():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        return jsonify({"error": "missing token"}), 401
    try:
        g.partner, g.partner_claims = authenticate(auth[len("Bearer "):])
    except (PartnerAuthError, jwt.DecodeError):
        return jsonify({"error": "invalid token"}), 401
    return None


@bp.route("/listings", methods=["GET"])
def partner_listings():
    return jsonify([listing.to_dict() for listing in g.partner.listings])
