"""Card tokens for the foot-passenger turnstiles (new gangway controllers).

The controllers run our own agent, so the token is a Fernet token
(AES-128-CBC with HMAC-SHA256) carrying the booking and its validity
window. MultiFernet lets us rotate keys across the fleet without downtime.
"""
import json
import os
from datetime import datetime, timezone

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

TOKEN_TTL_SECONDS = 3 * 3600


def _load_fernet() -> MultiFernet:
    keys = [k.strip() for k in os.environ["TURNSTILE_FERNET_KEYS"].split(",") if k.strip()]
    if not keys:
        raise RuntimeError("TURNSTILE_FERNET_KEYS is empty")
    return MultiFernet([Fernet(k) for k in keys])


_fernet = _load_fernet()


def issue_card_token(booking_ref: str, sailing_id: int, passengers: int) -> bytes:
    payload = {
        "b": booking_ref,
        "s": sailing_id,
        "n": passengers,
        "iat": int(datetime.now(timezone.utc).timestamp()),
    }
    return _fernet.encrypt(json.dumps(payload, separators=(",", ":")).encode("utf-8"))


def read_card_token(token: bytes) -> dict:
    try:
        raw = _fernet.decrypt(token, ttl=TOKEN_TTL_SECONDS)
    except InvalidToken as exc:
        raise PermissionError("turnstile token rejected") from exc
    return json.loads(raw)


def rotate(token: bytes) -> bytes:
    return _fernet.rotate(token)
