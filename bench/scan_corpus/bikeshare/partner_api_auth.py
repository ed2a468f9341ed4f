"""Authentication of partner systems (city transit app, employer programmes) on the partner API."""

import logging
from dataclasses import dataclass

import jwt
from flask import g, request, abort
from functools import wraps

log = logging.getLogger(__name__)

PARTNER_AUTH = {
    "jwks_url": "https://auth.citybike-rides.eu/.well-known/partner-jwks.json",
    "issuer": "https://auth.citybike-rides.eu",
    "audience": "partner-api",
    "allowed_algs": ("RS256", "ES256"),
    "required_claims": ["exp", "iat", "iss", "aud", "partner_id"],
}

_jwks = jwt.PyJWKClient(PARTNER_AUTH["jwks_url"], cache_keys=True, lifespan=900)


@dataclass(frozen=True)
class Partner:
    partner_id: str
    scopes: tuple[str, ...]


def _bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        abort(401)
    return token


def verify_partner_token(token: str, cfg: dict = PARTNER_AUTH) -> Partner:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in cfg["allowed_algs"] or "kid" not in header:
        raise jwt.InvalidTokenError("unexpected token header")
    signing_key = _jwks.get_signing_key(header["kid"])
    claims = jwt.decode(
        token,
        signing_key.key,
        algorithms=list(cfg["allowed_algs"]),
        audience=cfg["audience"],
        issuer=cfg["issuer"],
        options={"require": cfg["required_claims"]},
    )
    return Partner(str(claims["partner_id"]), tuple(claims.get("scope", "").split()))


def partner_required(scope: str):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            try:
                partner = verify_partner_token(_bearer_token())
            except jwt.PyJWTError as exc:
                log.info("partner token rejected: %s", type(exc).__name__)
                abort(401)
            if scope not in partner.scopes:
                abort(403)
            g.partner = partner
            return view(*args, **kwargs)
        return wrapper
    return decorator
