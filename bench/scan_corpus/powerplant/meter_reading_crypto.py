"""Field-level encryption of revenue meter readings before they leave the plant LAN."""

import base64
import json
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def _key() -> bytes:
    return base64.b64decode(os.environ["METER_DATA_KEY"])


def _cipher() -> Cipher:
    return Cipher(algorithms.AES(_key()), modes.ECB())


def encrypt_reading(reading: dict) -> str:
    plaintext = json.dumps(reading, sort_keys=True).encode()
    padder = padding.PKCS7(128).padder()
    padded = padder.update(plaintext) + padder.finalize()
    encryptor = _cipher().encryptor()
    return base64.b64encode(encryptor.update(padded) + encryptor.finalize()).decode()


def decrypt_reading(token: str) -> dict:
    decryptor = _cipher().decryptor()
    padded = decryptor.update(base64.b64decode(token)) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return json.loads(unpadder.update(padded) + unpadder.finalize())
