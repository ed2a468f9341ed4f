"""Encryption of card numbers captured during card-linking.

Each PAN is sealed with AES-256-GCM under the current vault key. The key
id is stored alongside so keys can be rotated without a bulk re-encrypt.
"""
import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from loyalty.secrets import get_vault_key

NONCE_LEN = 12


@dataclass(frozen=True)
class SealedPan:
    key_id: str
    blob: str
    last_four: str


def seal_pan(pan: str, key_id: str) -> SealedPan:
    digits = pan.replace(" ", "")
    if not digits.isdigit() or not 12 <= len(digits) <= 19:
        raise ValueError("not a card number")
    nonce = os.urandom(NONCE_LEN)
    aead = AESGCM(get_vault_key(key_id))
    ct = aead.encrypt(nonce, digits.encode(), key_id.encode())
    return SealedPan(key_id, base64.b64encode(nonce + ct).decode(), digits[-4:])


def open_pan(sealed: SealedPan) -> str:
    raw = base64.b64decode(sealed.blob)
    nonce, ct = raw[:NONCE_LEN], raw[NONCE_LEN:]
    aead = AESGCM(get_vault_key(sealed.key_id))
    return aead.decrypt(nonce, ct, sealed.key_id.encode()).decode()
