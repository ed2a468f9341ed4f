"""Encryption for sensitive review fields (custodian PII, SSNs in redaction logs)."""
import base64
import json
import os

from Crypto.Cipher import AES

FORMAT_VERSION = 1
NONCE_SIZE = 16
TAG_SIZE = 16


def _key() -> bytes:
    key = base64.b64decode(os.environ["FIELD_ENCRYPTION_KEY"])
    if len(key) != 32:
        raise RuntimeError("FIELD_ENCRYPTION_KEY must decode to 32 bytes")
    return key


def encrypt_field(value: str, context: str, key: bytes | None = None) -> str:
    cipher = AES.new(key or _key(), AES.MODE_GCM, mac_len=TAG_SIZE)
    cipher.update(context.encode())
    ciphertext, tag = cipher.encrypt_and_digest(value.encode("utf-8"))
    blob = bytes([FORMAT_VERSION]) + cipher.nonce + tag + ciphertext
    return base64.urlsafe_b64encode(blob).decode("ascii")


def decrypt_field(token: str, context: str, key: bytes | None = None) -> str:
    blob = base64.urlsafe_b64decode(token)
    if blob[0] != FORMAT_VERSION:
        raise ValueError("unknown field encryption format")
    nonce = blob[1:1 + NONCE_SIZE]
    tag = blob[1 + NONCE_SIZE:1 + NONCE_SIZE + TAG_SIZE]
    ciphertext = blob[1 + NONCE_SIZE + TAG_SIZE:]
    cipher = AES.new(key or _key(), AES.MODE_GCM, nonce=nonce, mac_len=TAG_SIZE)
    cipher.update(context.encode())
    return cipher.decrypt_and_verify(ciphertext, tag).decode("utf-8")


def encrypt_json(obj: dict, context: str) -> str:
    return encrypt_field(json.dumps(obj, separators=(",", ":")), context)
