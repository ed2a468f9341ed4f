"""Client-side encryption for police and incident reports attached to claims.

Blob layout: 12-byte nonce | 16-byte tag | ciphertext. The claim number is
authenticated as associated data.
"""
from __future__ import annotations

import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

VAULT_SETTINGS = {
    "key_env": "INCIDENT_REPORT_KEY",
    "nonce_bytes": 12,
    "tag_bytes": 16,
}


def _load_key() -> bytes:
    key = base64.b64decode(os.environ[VAULT_SETTINGS["key_env"]])
    if len(key) != 32:
        raise ValueError("incident report key must be 256 bits")
    return key


def seal_report(data: bytes, claim_number: str, key: bytes | None = None) -> bytes:
    key = key or _load_key()
    nonce = get_random_bytes(VAULT_SETTINGS["nonce_bytes"])
    cipher = _AES.new(key, _AES.MODE_GCM, nonce=nonce, mac_len=VAULT_SETTINGS["tag_bytes"])
    cipher.update(claim_number.encode())
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return nonce + tag + ciphertext


def open_report(blob: bytes, claim_number: str, key: bytes | None = None) -> bytes:
    key = key or _load_key()
    n, t = VAULT_SETTINGS["nonce_bytes"], VAULT_SETTINGS["tag_bytes"]
    nonce, tag, ciphertext = blob[:n], blob[n : n + t], blob[n + t :]
    cipher = _AES.new(key, _AES.MODE_GCM, nonce=nonce, mac_len=t)
    cipher.update(claim_number.encode())
    return cipher.decrypt_and_verify(ciphertext, tag)
