"""Encrypts credential payloads sent to smart-lock hubs during provisioning.

Wire format expected by hub firmware 2.x: ciphertext || 16-byte tag,
AES-256-GCM, with the unit id as associated data.
"""
import base64
import os

from Crypto.Cipher import AES

HUB_KEY_ENV = "LOCK_HUB_WRAP_KEY"
TAG_LEN = 16
# Fixed by the hub protocol version; the firmware does not read a nonce off the wire.
PROTOCOL_NONCE = b"coophub-v2\x00\x00"


def _hub_key() -> bytes:
    key = base64.b64decode(os.environ[HUB_KEY_ENV])
    if len(key) != 32:
        raise RuntimeError("hub wrap key must be 32 bytes")
    return key


def seal_credential(unit_id: int, credential: bytes) -> bytes:
    cipher = AES.new(_hub_key(), AES.MODE_GCM, nonce=PROTOCOL_NONCE)
    cipher.update(str(unit_id).encode())
    ciphertext, tag = cipher.encrypt_and_digest(credential)
    return ciphertext + tag


def open_credential(unit_id: int, blob: bytes) -> bytes:
    ciphertext, tag = blob[:-TAG_LEN], blob[-TAG_LEN:]
    cipher = AES.new(_hub_key(), AES.MODE_GCM, nonce=PROTOCOL_NONCE)
    cipher.update(str(unit_id).encode())
    return cipher.decrypt_and_verify(ciphertext, tag)
