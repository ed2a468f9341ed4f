"""Offline license tokens for the dedicated-server package (v3 format)."""
import base64
import json
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

NONCE_BYTES = 12
TAG_BYTES = 16


def _license_key() -> bytes:
    return bytes.fromhex(os.environ["SERVER_LICENSE_KEY_V3"])


def encode_license(studio_id: str, seats: int, expires: str) -> str:
    payload = json.dumps({"studio": studio_id, "seats": seats, "exp": expires}).encode()
    nonce = get_random_bytes(NONCE_BYTES)
    cipher = _AES.new(_license_key(), _AES.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
    ciphertext, tag = cipher.encrypt_and_digest(payload)
    blob = nonce + ciphertext + tag
    return base64.urlsafe_b64encode(blob).decode().rstrip("=")


def decode_license(text: str) -> dict:
    blob = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    nonce, ciphertext, tag = blob[:NONCE_BYTES], blob[NONCE_BYTES:-TAG_BYTES], blob[-TAG_BYTES:]
    cipher = _AES.new(_license_key(), _AES.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
    return json.loads(cipher.decrypt_and_verify(ciphertext, tag))
