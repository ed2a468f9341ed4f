"""Single sign-on for staff of partner distilleries using their own IdP.

Some distillery groups sign their buyers into the cask portal with their
corporate identity provider. Each partner's signing keys are published as
a JWKS document; the key is picked by the token's ``kid`` header.
"""
import os
from functools import lru_cache

import jwt
import requests
from jwt.algorithms import RSAAlgorithm

PARTNER_JWKS = {
    "highland-spirits": "https://login.highland-spirits.example/.well-known/jwks.json",
    "bordeaux-vins": "https://sso.bordeaux-vins.example/oauth2/keys",
}
EXPECTED_AUDIENCE = os.environ.get("PORTAL_SSO_AUDIENCE", "cooperage-portal")


class SsoError(Exception):
    pass


@lru_cache(maxsize=32)
def _jwks(partner: str) -> dict:
    url = PARTNER_JWKS.get(partner)
    if url is None:
        raise SsoError(f"unknown partner {partner}")
    resp = requests.get(url, timeout=5)
    resp.raise_for_status()
    return {k["kid"]: k for k in resp.json()["keys"]}


def _signing_key(partner: str, token: str):
    header = jwt.get_unverified_header(token)
    jwk = _jwks(partner).get(header.get("kid", ""))
    if jwk is None:
        raise SsoError("signing key not published by partner")
    return RSAAlgorithm.from_jwk(jwk)


def verify_partner_token(partner: str, token: str, issuer: str) -> dict:
    key = _signing_key(partner, token)
    try:
        return jwt.decode(
            token,
            key=key,
            algorithms=["RS256"],
            audience=EXPECTED_AUDIENCE,
            issuer=issuer,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise SsoError(str(exc)) from exc
