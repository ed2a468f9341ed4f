"""Validate ID tokens from agency single sign-on providers.

Each agency's IdP publishes a JWKS. The `kid` header selects the signing key,
after which the token is fully verified.
"""
import jwt
from jwt import PyJWKClient

from reporting.config import settings
from reporting.sso.registry import idp_for_issuer


class SsoTokenError(Exception):
    pass


_jwk_clients: dict[str, PyJWKClient] = {}


def _jwk_client(jwks_url: str) -> PyJWKClient:
    client = _jwk_clients.get(jwks_url)
    if client is None:
        client = _jwk_clients[jwks_url] = PyJWKClient(jwks_url, cache_keys=True, lifespan=3600)
    return client


def validate_id_token(token: str, expected_issuer: str) -> dict:
    idp = idp_for_issuer(expected_issuer)
    if idp is None:
        raise SsoTokenError("unknown identity provider")

    header = jwt.get_unverified_header(token)
    if header.get("alg") not in idp.allowed_algorithms:
        raise SsoTokenError(f"algorithm {header.get('alg')!r} not accepted")

    signing_key = _jwk_client(idp.jwks_url).get_signing_key_from_jwt(token)
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=list(idp.allowed_algorithms),
            audience=settings.sso_client_id,
            issuer=expected_issuer,
            options={"require": ["exp", "iat", "sub"]},
            leeway=30,
        )
    except jwt.PyJWTError as exc:
        raise SsoTokenError(str(exc)) from exc
