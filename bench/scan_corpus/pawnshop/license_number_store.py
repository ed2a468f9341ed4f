"""Encrypted storage of customer ID document numbers.

State law requires us to keep the ID number for every pawn and buy transaction
and hand it to police on request, but it must not sit in the database in clear.
"""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def _key() -> bytes:
    key = base64.b64decode(os.environ["ID_NUMBER_KEY"])
    if len(key) != 32:
        raise RuntimeError("ID_NUMBER_KEY must decode to 32 bytes")
    return key


def _cipher() -> Cipher:
    return Cipher(algorithms.AES(_key()), modes.ECB())


def normalise(doc_number: str) -> str:
    return "".join(ch for ch in doc_number.upper() if ch.isalnum())


def encrypt_id_number(doc_number: str) -> str:
    padder = padding.PKCS7(128).padder()
    data = padder.update(normalise(doc_number).encode("ascii")) + padder.finalize()
    enc = _cipher().encryptor()
    return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")


def decrypt_id_number(token: str) -> str:
    dec = _cipher().decryptor()
    data = dec.update(base64.b64decode(token)) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(data) + unpadder.finalize()).decode("ascii")
