"""Staff single sign-on: validate the ID token returned by the identity provider."""
import hmac
from functools import lru_cache

import jwt
from jwt import PyJWKClient

from potter.config import settings

ALLOWED_ALGORITHMS = ("RS256", "ES256")


class StaffLoginError(Exception):
    pass


@lru_cache(maxsize=1)
def jwks_client() -> PyJWKClient:
    return PyJWKClient(settings.SSO_JWKS_URL, cache_keys=True, lifespan=3600)


def _signing_key(id_token: str):
    header = jwt.get_unverified_header(id_token)
    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise StaffLoginError("unexpected token algorithm")
    return jwks_client().get_signing_key(header["kid"]).key


def validate_id_token(id_token: str, expected_nonce: str) -> dict:
    try:
        claims = jwt.decode(
            id_token,
            _signing_key(id_token),
            algorithms=list(ALLOWED_ALGORITHMS),
            audience=settings.SSO_CLIENT_ID,
            issuer=settings.SSO_ISSUER,
            options={"require": ["exp", "iat", "sub", "nonce"]},
        )
    except (jwt.PyJWTError, KeyError) as exc:
        raise StaffLoginError("id token rejected") from exc
    if not hmac.compare_digest(str(claims["nonce"]), expected_nonce):
        raise StaffLoginError("nonce mismatch")
    return claims


def staff_profile(claims: dict) -> dict:
    groups = set(claims.get("groups", []))
    return {
        "email": claims.get("email"),
        "name": claims.get("name"),
        "is_kiln_tech": "kiln-techs" in groups,
        "is_manager": "studio-managers" in groups,
    }
