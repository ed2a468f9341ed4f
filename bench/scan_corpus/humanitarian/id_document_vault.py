"""Encrypted storage of identity document numbers.

Document numbers are stored encrypted (AES-GCM, random nonce) and a keyed
blind index is stored next to them so registration staff can search for an
existing record and the dedup job can match across partner agencies.
"""
import base64
import hashlib
import hmac
import os
import re

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_NON_ALNUM = re.compile(r"[^0-9A-Z]")
NONCE_BYTES = 12


def _key(name: str) -> bytes:
    return base64.b64decode(os.environ[name])


def normalise(number: str) -> str:
    return _NON_ALNUM.sub("", number.upper())


def blind_index(number: str, index_key: bytes | None = None) -> str:
    key = index_key or _key("ID_INDEX_KEY")
    return hmac.new(key, normalise(number).encode(), hashlib.sha256).hexdigest()


def encrypt_number(number: str, household_id: str, enc_key: bytes | None = None) -> str:
    aead = AESGCM(enc_key or _key("ID_ENCRYPTION_KEY"))
    nonce = os.urandom(NONCE_BYTES)
    ct = aead.encrypt(nonce, normalise(number).encode(), household_id.encode())
    return base64.b64encode(nonce + ct).decode()


def decrypt_number(blob: str, household_id: str, enc_key: bytes | None = None) -> str:
    raw = base64.b64decode(blob)
    aead = AESGCM(enc_key or _key("ID_ENCRYPTION_KEY"))
    return aead.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], household_id.encode()).decode()


def to_columns(number: str, household_id: str) -> dict[str, str]:
    return {
        "id_number_enc": encrypt_number(number, household_id),
        "id_number_idx": blind_index(number),
    }
