"""Field-level encryption for national ID numbers on archived policy documents.

The archive service calls ``encrypt_field`` before writing the document
metadata row and ``decrypt_field`` when an underwriter opens the record.
"""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY_ENV = "POLICY_FIELD_KEY"


def _load_key() -> bytes:
    key = base64.b64decode(os.environ[KEY_ENV])
    if len(key) not in (16, 24, 32):
        raise ValueError("POLICY_FIELD_KEY must decode to 16, 24 or 32 bytes")
    return key


def _cipher(key: bytes) -> Cipher:
    return Cipher(algorithms.AES(key), modes.ECB())


def encrypt_field(value: str, key: bytes | None = None) -> str:
    key = key or _load_key()
    padder = padding.PKCS7(128).padder()
    data = padder.update(value.encode("utf-8")) + padder.finalize()
    encryptor = _cipher(key).encryptor()
    return base64.b64encode(encryptor.update(data) + encryptor.finalize()).decode("ascii")


def decrypt_field(token: str, key: bytes | None = None) -> str:
    key = key or _load_key()
    decryptor = _cipher(key).decryptor()
    padded = decryptor.update(base64.b64decode(token)) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")
