"""Tokenise national ID numbers before they reach the registration database.

Deduplication across partner agencies needs the same ID number to map to the
same token, so the token is an encryption of the normalised number under the
shared tokenisation key.
"""
import base64
import os
import re

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

_NON_ALNUM = re.compile(r"[^0-9A-Z]")


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["ID_TOKENISATION_KEY"])
    if len(key) not in (16, 24, 32):
        raise RuntimeError("ID_TOKENISATION_KEY must decode to an AES key")
    return key


def normalise(id_number: str) -> str:
    return _NON_ALNUM.sub("", id_number.upper())


def tokenise(id_number: str, key: bytes | None = None) -> str:
    key = key or _load_key()
    padder = padding.PKCS7(128).padder()
    data = padder.update(normalise(id_number).encode()) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return base64.urlsafe_b64encode(enc.update(data) + enc.finalize()).decode()


def detokenise(token: str, key: bytes | None = None) -> str:
    key = key or _load_key()
    dec = Cipher(algorithms.AES(key), modes.ECB()).decryptor()
    raw = dec.update(base64.urlsafe_b64decode(token)) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(raw) + unpadder.finalize()).decode()
