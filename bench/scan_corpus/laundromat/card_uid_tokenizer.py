"""Turn physical card UIDs into stable tokens for the analytics warehouse.

Card UIDs are 4 or 7 bytes. We never want raw UIDs in the warehouse, but
analysts need a stable value to count repeat customers across stores, so
the UID is encrypted under a fixed key and hex encoded.
"""
import os
from functools import lru_cache

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@lru_cache(maxsize=1)
def _key() -> bytes:
    return bytes.fromhex(os.environ["CARD_TOKEN_KEY"])


def _pad_uid(uid: bytes) -> bytes:
    if len(uid) not in (4, 7, 10):
        raise ValueError(f"unexpected UID length {len(uid)}")
    return uid.ljust(16, b"\x00")


def tokenize(uid_hex: str) -> str:
    uid = bytes.fromhex(uid_hex)
    encryptor = Cipher(algorithms.AES(_key()), modes.ECB()).encryptor()
    return (encryptor.update(_pad_uid(uid)) + encryptor.finalize()).hex()


def tokenize_rows(rows):
    """Replace ``card_uid`` in each transaction row with ``card_token``."""
    for row in rows:
        out = dict(row)
        out["card_token"] = tokenize(out.pop("card_uid"))
        yield out
