"""Verifies OIDC ID tokens from each tenant's configured identity provider."""
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ALLOWED_ALGORITHMS = ["RS256", "ES256"]


class TokenRejected(Exception):
    pass


@lru_cache(maxsize=256)
def _jwks_client(jwks_uri: str) -> PyJWKClient:
    return PyJWKClient(jwks_uri, cache_keys=True, lifespan=3600)


def verify_id_token(id_token: str, *, issuer: str, client_id: str, jwks_uri: str) -> dict:
    # The header is only read to pick the signing key; nothing in it is trusted.
    header = jwt.get_unverified_header(id_token)
    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise TokenRejected(f"unexpected alg {header.get('alg')!r}")

    signing_key = _jwks_client(jwks_uri).get_signing_key_from_jwt(id_token)
    try:
        return jwt.decode(
            id_token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=client_id,
            issuer=issuer,
            options={"require": ["exp", "iat", "sub"]},
            leeway=30,
        )
    except jwt.InvalidTokenError as exc:
        raise TokenRejected(str(exc)) from exc
