"""Encrypts device capability profiles handed to smart-TV players.

The player receives the blob in the bootstrap response and echoes it back
on every manifest request so the edge can pick renditions without a lookup.
"""
import json
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def _key() -> bytes:
    return bytes.fromhex(os.environ["DEVICE_PROFILE_KEY"])


def _cipher() -> Cipher:
    return Cipher(algorithms.AES(_key()), modes.ECB())


def encrypt_profile(profile: dict) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(json.dumps(profile, separators=(",", ":")).encode()) + padder.finalize()
    enc = _cipher().encryptor()
    return enc.update(data) + enc.finalize()


def decrypt_profile(blob: bytes) -> dict:
    dec = _cipher().decryptor()
    padded = dec.update(blob) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return json.loads(unpadder.update(padded) + unpadder.finalize())
