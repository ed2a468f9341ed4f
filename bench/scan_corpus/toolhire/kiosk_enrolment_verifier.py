"""Verifies device tokens presented by depot kiosks, with key rotation via JWKS.

The enrolment service rotates its signing keys; the token header carries the
key id so the API can pick the matching public key.
"""
from __future__ import annotations

import os
import time
from typing import Any, Dict

import jwt
import requests
from jwt.algorithms import RSAAlgorithm

JWKS_URL = os.environ["TH_ENROLMENT_JWKS_URL"]
ISSUER = os.environ.get("TH_ENROLMENT_ISSUER", "toolhire-enrolment")
AUDIENCE = "toolhire-kiosk-api"
CACHE_TTL = 600


class KioskTokenError(Exception):
    pass


class JwksCache:
    def __init__(self, url: str) -> None:
        self._url = url
        self._keys: Dict[str, Any] = {}
        self._fetched = 0.0

    def _refresh(self) -> None:
        resp = requests.get(self._url, timeout=5)
        resp.raise_for_status()
        self._keys = {k["kid"]: RSAAlgorithm.from_jwk(k) for k in resp.json()["keys"]}
        self._fetched = time.monotonic()

    def key(self, kid: str):
        if kid not in self._keys or time.monotonic() - self._fetched > CACHE_TTL:
            self._refresh()
        try:
            return self._keys[kid]
        except KeyError:
            raise KioskTokenError(f"unknown key id {kid}") from None


_jwks = JwksCache(JWKS_URL)


def verify_kiosk_token(token: str) -> Dict[str, Any]:
    header = jwt.get_unverified_header(token)
    kid = header.get("kid")
    if not kid:
        raise KioskTokenError("token has no key id")
    try:
        claims = jwt.decode(
            token,
            _jwks.key(kid),
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub", "depot"]},
        )
    except jwt.PyJWTError as exc:
        raise KioskTokenError(str(exc)) from exc
    return {"kiosk_id": claims["sub"], "depot": claims["depot"]}
