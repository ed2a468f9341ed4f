"""Stores OAuth tokens for linked Instagram / Spotify accounts.

Tokens are kept encrypted with Fernet. ``SOCIAL_TOKEN_KEYS`` is a comma
separated list, newest first, so keys can be rotated without downtime.
"""
from __future__ import annotations

import os
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


@lru_cache(maxsize=1)
def _fernet() -> MultiFernet:
    keys = [k.strip() for k in os.environ["SOCIAL_TOKEN_KEYS"].split(",") if k.strip()]
    if not keys:
        raise RuntimeError("SOCIAL_TOKEN_KEYS is empty")
    return MultiFernet([Fernet(k) for k in keys])


def encrypt_token(token: str) -> str:
    return _fernet().encrypt(token.encode()).decode()


def decrypt_token(ciphertext: str) -> str | None:
    try:
        return _fernet().decrypt(ciphertext.encode()).decode()
    except InvalidToken:
        return None


def rotate_all(rows) -> int:
    """Re-encrypt stored tokens under the newest key; used by the rotation job."""
    changed = 0
    f = _fernet()
    for row in rows:
        new_value = f.rotate(row.token_enc.encode()).decode()
        if new_value != row.token_enc:
            row.token_enc = new_value
            changed += 1
    return changed
