"""Payload encryption for the older 3M-style self-check units.

These units predate the current kiosk protocol and can only decrypt
payloads with the cipher baked into their firmware.
"""
import base64
import os

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


def _unit_key() -> bytes:
    key = base64.b64decode(os.environ["SELFCHECK_UNIT_KEY"])
    return DES3.adjust_key_parity(key)


def _cipher(iv: bytes):
    return DES3.new(_unit_key(), DES3.MODE_CBC, iv=iv)


def encrypt_payload(payload: bytes) -> str:
    iv = get_random_bytes(8)
    cipher = _cipher(iv)
    return base64.b64encode(iv + cipher.encrypt(pad(payload, 8))).decode("ascii")


def decrypt_payload(token: str) -> bytes:
    raw = base64.b64decode(token)
    iv, body = raw[:8], raw[8:]
    cipher = _cipher(iv)
    return unpad(cipher.decrypt(body), 8)
