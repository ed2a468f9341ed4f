"""Verifies signed licence tokens issued by the licensing service.

Public keys ship inside the application package under fieldlink/keys/,
one PEM per key id, so keys can be rotated without a client update.
"""
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import jwt
from cryptography.hazmat.primitives.serialization import load_pem_public_key

ISSUER = "fieldlink-licensing"
AUDIENCE = "fieldlink-desktop"
ALGORITHMS = ["EdDSA"]


class LicenseError(Exception):
    pass


@dataclass(frozen=True)
class Entitlements:
    customer: str
    seats: int
    features: frozenset
    expires: dt.datetime


@lru_cache(maxsize=8)
def _public_key(kid: str):
    if not kid or not kid.isalnum():
        raise LicenseError("licence signed with an unknown key")
    pem = resources.files("fieldlink.keys").joinpath(f"{kid}.pem").read_bytes()
    return load_pem_public_key(pem)


def verify(token: str) -> Entitlements:
    try:
        kid = jwt.get_unverified_header(token).get("kid", "")
        claims = jwt.decode(
            token,
            _public_key(kid),
            algorithms=ALGORITHMS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "sub", "aud", "iss"]},
        )
    except (jwt.PyJWTError, FileNotFoundError) as exc:
        raise LicenseError(f"licence rejected: {exc}") from exc
    return Entitlements(
        customer=claims["sub"],
        seats=int(claims.get("seats", 1)),
        features=frozenset(claims.get("features", [])),
        expires=dt.datetime.fromtimestamp(claims["exp"], tz=dt.timezone.utc),
    )
