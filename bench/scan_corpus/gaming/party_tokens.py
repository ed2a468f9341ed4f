"""Validation of party-service tokens presented to the matchmaker.

The party service signs tokens with one of several rotating RSA keys; the
``kid`` header says which public key to use.
"""
import json
import os
from functools import lru_cache
from pathlib import Path

import jwt
from jwt.algorithms import RSAAlgorithm

ALLOWED_ALGORITHMS = ["RS256"]
ISSUER = "party-service"
AUDIENCE = "matchmaker"


class PartyTokenError(Exception):
    pass


@lru_cache(maxsize=1)
def _public_keys() -> dict:
    jwks = json.loads(Path(os.environ["PARTY_JWKS_PATH"]).read_text())
    return {k["kid"]: RSAAlgorithm.from_jwk(json.dumps(k)) for k in jwks["keys"]}


def validate(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise PartyTokenError("malformed token") from exc
    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise PartyTokenError("unexpected algorithm")
    key = _public_keys().get(header.get("kid"))
    if key is None:
        raise PartyTokenError("unknown signing key")
    try:
        claims = jwt.decode(
            token,
            key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "sub", "party_id"]},
        )
    except jwt.PyJWTError as exc:
        raise PartyTokenError(str(exc)) from exc
    return {"player_id": claims["sub"], "party_id": claims["party_id"], "members": claims.get("members", [])}
