"""Validation of service-to-service tokens issued by the internal gateway."""
import os
import time
from functools import lru_cache

from authlib.jose import JsonWebToken
from authlib.jose.errors import JoseError

ACCEPTED_ALGORITHMS = ["RS256", "ES256"]
EXPECTED_ISSUER = os.environ.get("SERVICE_TOKEN_ISSUER", "gateway")


class ServiceTokenError(Exception):
    pass


@lru_cache(maxsize=1)
def _public_key() -> bytes:
    with open(os.environ["GATEWAY_PUBLIC_KEY_PATH"], "rb") as fh:
        return fh.read()


_jwt = JsonWebToken(ACCEPTED_ALGORITHMS)


def validate_service_token(token: str, audience: str) -> dict:
    try:
        claims = _jwt.decode(
            token,
            _public_key(),
            claims_options={
                "iss": {"essential": True, "value": EXPECTED_ISSUER},
                "aud": {"essential": True, "value": audience},
                "exp": {"essential": True},
            },
        )
        claims.validate(now=int(time.time()), leeway=30)
    except JoseError as exc:
        raise ServiceTokenError(str(exc)) from exc
    return dict(claims)


def calling_service(token: str, audience: str) -> str:
    return validate_service_token(token, audience)["sub"]
