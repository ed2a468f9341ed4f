"""Single sign-on for reseller portals.

Resellers sign short-lived JWTs with their own keys; we look up the right
public key by the ``kid`` header and then verify the token fully.
"""
from __future__ import annotations

import jwt
from django.conf import settings
from django.core.exceptions import PermissionDenied

from resellers.models import ResellerKey

ALLOWED_ALGORITHMS = ["RS256", "ES256"]


def _signing_key(token: str) -> ResellerKey:
    header = jwt.get_unverified_header(token)
    kid = header.get("kid")
    if not kid:
        raise PermissionDenied("token has no key id")
    try:
        return ResellerKey.objects.select_related("reseller").get(kid=kid, active=True)
    except ResellerKey.DoesNotExist as exc:
        raise PermissionDenied("unknown key id") from exc


def verify_reseller_token(token: str) -> dict:
    key = _signing_key(token)
    try:
        claims = jwt.decode(
            token,
            key.public_key_pem,
            algorithms=ALLOWED_ALGORITHMS,
            audience=settings.SSO_AUDIENCE,
            issuer=key.reseller.issuer,
            options={"require": ["exp", "iat", "sub"]},
            leeway=30,
        )
    except jwt.PyJWTError as exc:
        raise PermissionDenied("invalid reseller token") from exc
    claims["reseller_id"] = key.reseller_id
    return claims
