"""Encryption of the attendee block stored inside wallet pass barcodes.

Layout: version byte || 96-bit random nonce || AES-GCM ciphertext+tag.
The ticket id is bound in as associated data.
"""
import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .keystore import event_key

_VERSION = b"\x03"
_NONCE_LEN = 12


def seal(event_id: int, ticket_id: str, attendee: dict) -> str:
    plaintext = json.dumps(
        {"t": ticket_id, "n": attendee["name"], "s": attendee.get("seat")},
        separators=(",", ":"),
    ).encode()
    nonce = os.urandom(_NONCE_LEN)
    ct = AESGCM(event_key(event_id)).encrypt(nonce, plaintext, ticket_id.encode())
    return base64.urlsafe_b64encode(_VERSION + nonce + ct).decode()


def unseal(event_id: int, ticket_id: str, blob: str) -> dict:
    raw = base64.urlsafe_b64decode(blob.encode())
    if raw[:1] != _VERSION or len(raw) < 1 + _NONCE_LEN + 16:
        raise ValueError("unsupported or truncated pass payload")
    nonce, ct = raw[1 : 1 + _NONCE_LEN], raw[1 + _NONCE_LEN :]
    plaintext = AESGCM(event_key(event_id)).decrypt(nonce, ct, ticket_id.encode())
    return json.loads(plaintext)
