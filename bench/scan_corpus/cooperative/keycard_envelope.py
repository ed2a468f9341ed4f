"""Encryption of keycard credentials stored in the access-control database.

Each record is sealed with AES-256-GCM; the record header and card id are
bound as associated data so a blob cannot be moved to another card.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

HEADER = b"KC1"
NONCE_SIZE = 12
KEY_ENV = "KEYCARD_DATA_KEY"


def _aead() -> AESGCM:
    key = base64.b64decode(os.environ[KEY_ENV])
    return AESGCM(key)


def seal(card_id: str, secret: bytes) -> bytes:
    nonce = os.urandom(NONCE_SIZE)
    ct = _aead().encrypt(nonce, secret, HEADER + card_id.encode())
    return HEADER + nonce + ct


def unseal(card_id: str, blob: bytes) -> bytes:
    if not blob.startswith(HEADER):
        raise ValueError("unknown keycard envelope version")
    nonce = blob[len(HEADER):len(HEADER) + NONCE_SIZE]
    ct = blob[len(HEADER) + NONCE_SIZE:]
    return _aead().decrypt(nonce, ct, HEADER + card_id.encode())


def reseal_all(rows, new_key_b64: str):
    """Key rotation: decrypt with the current key, re-encrypt with the new one."""
    new = AESGCM(base64.b64decode(new_key_b64))
    for row in rows:
        plain = unseal(row.card_id, row.blob)
        nonce = os.urandom(NONCE_SIZE)
        row.blob = HEADER + nonce + new.encrypt(nonce, plain, HEADER + row.card_id.encode())
        yield row
