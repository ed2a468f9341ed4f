"""Encrypt member data exports before they are handed to the data team.

Exports are AES-256-CBC with a fresh IV per file, then authenticated with
HMAC-SHA256 over IV and ciphertext (encrypt-then-MAC). Keys come from the
environment as two separate 32-byte hex values.
"""
import hashlib
import hmac
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

MAGIC = b"LXP1"
TAG_LEN = 32


def _keys() -> tuple[bytes, bytes]:
    return (
        bytes.fromhex(os.environ["EXPORT_ENC_KEY"]),
        bytes.fromhex(os.environ["EXPORT_MAC_KEY"]),
    )


def encrypt_export(plaintext: bytes) -> bytes:
    enc_key, mac_key = _keys()
    iv = get_random_bytes(AES.block_size)
    ct = AES.new(enc_key, AES.MODE_CBC, iv=iv).encrypt(pad(plaintext, AES.block_size))
    body = MAGIC + iv + ct
    return body + hmac.new(mac_key, body, hashlib.sha256).digest()


def decrypt_export(blob: bytes) -> bytes:
    enc_key, mac_key = _keys()
    body, tag = blob[:-TAG_LEN], blob[-TAG_LEN:]
    expected = hmac.new(mac_key, body, hashlib.sha256).digest()
    if not hmac.compare_digest(tag, expected) or not body.startswith(MAGIC):
        raise ValueError("export file failed authentication")
    iv = body[len(MAGIC):len(MAGIC) + AES.block_size]
    ct = body[len(MAGIC) + AES.block_size:]
    return unpad(AES.new(enc_key, AES.MODE_CBC, iv=iv).decrypt(ct), AES.block_size)
