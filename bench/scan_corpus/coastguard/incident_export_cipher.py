"""Encrypt-then-MAC wrapper for incident report exports to the coroner's office.

The receiving system only supports AES-CBC + HMAC-SHA256, so we use that
construction with a fresh IV per file.
"""
import hashlib
import hmac
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

IV_LEN = AES.block_size
TAG_LEN = 32


def _keys() -> tuple[bytes, bytes]:
    enc_key = bytes.fromhex(os.environ["EXPORT_ENC_KEY_HEX"])
    mac_key = bytes.fromhex(os.environ["EXPORT_MAC_KEY_HEX"])
    return enc_key, mac_key


def seal(plaintext: bytes) -> bytes:
    enc_key, mac_key = _keys()
    iv = get_random_bytes(IV_LEN)
    ciphertext = AES.new(enc_key, AES.MODE_CBC, iv=iv).encrypt(pad(plaintext, AES.block_size))
    tag = hmac.new(mac_key, iv + ciphertext, hashlib.sha256).digest()
    return iv + ciphertext + tag


def open_sealed(blob: bytes) -> bytes:
    enc_key, mac_key = _keys()
    iv, ciphertext, tag = blob[:IV_LEN], blob[IV_LEN:-TAG_LEN], blob[-TAG_LEN:]
    expected = hmac.new(mac_key, iv + ciphertext, hashlib.sha256).digest()
    if not hmac.compare_digest(tag, expected):
        raise ValueError("export integrity check failed")
    return unpad(AES.new(enc_key, AES.MODE_CBC, iv=iv).decrypt(ciphertext), AES.block_size)
