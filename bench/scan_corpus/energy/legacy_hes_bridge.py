"""Bridge to the legacy AMR head-end still used for the commercial C&I meters.

The old head-end exchanges register reads as encrypted blobs over its batch
file interface. This module produces and consumes that format.
"""
import base64
import json
import os

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["LEGACY_HES_KEY_B64"])
    return DES3.adjust_key_parity(key)


def encrypt_batch(reads: list[dict]) -> bytes:
    key = _load_key()
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv)
    body = json.dumps(reads).encode("utf-8")
    return iv + cipher.encrypt(pad(body, DES3.block_size))


def decrypt_batch(blob: bytes) -> list[dict]:
    key = _load_key()
    iv, ciphertext = blob[:8], blob[8:]
    cipher = DES3.new(key, DES3.MODE_CBC, iv)
    return json.loads(unpad(cipher.decrypt(ciphertext), DES3.block_size))


def write_outbound(path: str, reads: list[dict]) -> None:
    with open(path, "wb") as fh:
        fh.write(encrypt_batch(reads))
