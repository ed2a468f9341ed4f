"""Verify identity-provider JWTs presented by the live-tracking mobile app."""
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

JWT_CONFIG = {
    "jwks_url": os.environ["TRACKING_IDP_JWKS_URL"],
    "issuer": os.environ["TRACKING_IDP_ISSUER"],
    "audience": os.environ["TRACKING_AUDIENCE"],
    "algorithms": ["RS256", "ES256"],
    "leeway": 30,
}


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(JWT_CONFIG["jwks_url"], cache_keys=True, lifespan=3600)


def verify_app_token(token: str, cfg: dict = JWT_CONFIG) -> dict:
    signing_key = _jwks().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=cfg["algorithms"],
        audience=cfg["audience"],
        issuer=cfg["issuer"],
        leeway=cfg["leeway"],
        options={"require": ["exp", "iat", "sub"]},
    )


def spectator_id(token: str) -> str | None:
    try:
        return verify_app_token(token)["sub"]
    except jwt.PyJWTError:
        return None
