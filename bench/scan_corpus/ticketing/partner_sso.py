"""Single sign-on for partner box offices using their OIDC ID tokens.

Each partner has its own login URL (``/sso/<partner_slug>/callback``), so
the partner, and therefore the expected issuer and key set, is known
before the token is looked at.
"""
import hmac
from functools import lru_cache

import jwt
from jwt import PyJWKClient

from .config import settings


class SsoError(Exception):
    pass


@lru_cache(maxsize=16)
def _jwks_client(jwks_url: str) -> PyJWKClient:
    return PyJWKClient(jwks_url, cache_keys=True, lifespan=3600)


def verify_id_token(partner_slug: str, token: str, nonce: str) -> dict:
    partner = settings.SSO_PARTNERS.get(partner_slug)
    if partner is None:
        raise SsoError("unknown partner")
    try:
        signing_key = _jwks_client(partner.jwks_url).get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=["RS256", "ES256"],
            audience=partner.client_id,
            issuer=partner.issuer,
            leeway=30,
            options={"require": ["exp", "iat", "sub", "nonce"]},
        )
    except jwt.PyJWTError as exc:
        raise SsoError(f"token rejected: {exc}") from exc
    if not hmac.compare_digest(str(claims["nonce"]), nonce):
        raise SsoError("nonce mismatch")
    return claims
