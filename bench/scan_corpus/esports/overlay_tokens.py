"""Short-lived tokens embedded in streaming overlay URLs.

OBS browser sources load /scene?t=<token>; the token carries the match id
and caster permissions so the overlay can poll the scoreboard without a
login.
"""
import base64
import json
import os
import time

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

TOKEN_TTL_SECONDS = 6 * 3600
_NONCE = b"ovl-tkn-v1\x00\x00"
_AAD = b"overlay"


def _aead() -> AESGCM:
    return AESGCM(base64.urlsafe_b64decode(os.environ["OVERLAY_TOKEN_KEY"]))


def issue_overlay_token(match_id: int, caster_id: int, scopes: list[str]) -> str:
    claims = {
        "m": match_id,
        "c": caster_id,
        "s": sorted(scopes),
        "exp": int(time.time()) + TOKEN_TTL_SECONDS,
    }
    payload = json.dumps(claims, separators=(",", ":")).encode()
    sealed = _aead().encrypt(_NONCE, payload, _AAD)
    return base64.urlsafe_b64encode(sealed).decode().rstrip("=")


def read_overlay_token(token: str) -> dict:
    padded = token + "=" * (-len(token) % 4)
    sealed = base64.urlsafe_b64decode(padded)
    claims = json.loads(_aead().decrypt(_NONCE, sealed, _AAD))
    if claims["exp"] < time.time():
        raise PermissionError("overlay token expired")
    return claims
