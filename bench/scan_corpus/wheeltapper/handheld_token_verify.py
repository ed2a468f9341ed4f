"""Verification of the signed tokens that handhelds present on every sync.

Tokens are issued by the depot credential service and signed with one of
several rotating RSA keys; the ``kid`` header says which one.
"""
from functools import lru_cache
from pathlib import Path

import jwt
from jwt import InvalidTokenError

from wheeltapper.config import settings

KEY_DIR = Path(settings.HANDHELD_KEY_DIR)
ALGORITHMS = ["RS256"]


class TokenRejected(Exception):
    pass


@lru_cache(maxsize=16)
def _public_key(kid: str) -> str:
    if not kid.isalnum():
        raise TokenRejected("bad key id")
    path = KEY_DIR / f"{kid}.pem"
    if not path.is_file():
        raise TokenRejected("unknown key id")
    return path.read_text()


def verify_device_token(token: str, device_serial: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
        key = _public_key(header.get("kid", ""))
        claims = jwt.decode(
            token,
            key,
            algorithms=ALGORITHMS,
            audience=settings.HANDHELD_TOKEN_AUDIENCE,
            issuer=settings.HANDHELD_TOKEN_ISSUER,
            options={"require": ["exp", "sub", "depot"]},
        )
    except InvalidTokenError as exc:
        raise TokenRejected(str(exc)) from exc
    if claims["sub"] != device_serial:
        raise TokenRejected("token issued to another device")
    return claims
