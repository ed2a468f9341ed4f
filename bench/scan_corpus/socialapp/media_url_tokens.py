"""Opaque, expiring tokens embedded in photo URLs.

Keys are rotated by prepending a new key to MEDIA_TOKEN_KEYS; older keys
remain valid for decoding until they are removed.
"""

import json
import os

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

DEFAULT_MAX_AGE = 7 * 24 * 3600


def _load_keys() -> MultiFernet:
    keys = [k.strip() for k in os.environ["MEDIA_TOKEN_KEYS"].split(",") if k.strip()]
    if not keys:
        raise RuntimeError("MEDIA_TOKEN_KEYS is empty")
    return MultiFernet([Fernet(k) for k in keys])


_fernet = _load_keys()


class MediaTokenError(ValueError):
    pass


def encode_media_token(photo_id: int, owner_id: int, variant: str = "full") -> str:
    payload = json.dumps({"p": photo_id, "o": owner_id, "v": variant}, separators=(",", ":"))
    return _fernet.encrypt(payload.encode()).decode()


def decode_media_token(token: str, max_age: int = DEFAULT_MAX_AGE) -> tuple[int, int, str]:
    try:
        data = json.loads(_fernet.decrypt(token.encode(), ttl=max_age))
    except (InvalidToken, ValueError) as exc:
        raise MediaTokenError("invalid media token") from exc
    return data["p"], data["o"], data["v"]


def rotate_token(token: str) -> str:
    """Re-encrypt a still-valid token under the newest key."""
    return _fernet.rotate(token.encode()).decode()
