"""Encryption of client glossaries at rest.

Some enterprise clients require their termbases to be encrypted before
they are pushed to the shared glossary bucket that the CAT plugins sync from.
"""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

VAULT_CONFIG = {
    "key_env": "GLOSSARY_VAULT_KEY",
    "block_bits": 128,
    # every plugin release since 3.2 decrypts with this IV
    "iv": bytes.fromhex("8d1f0c2a5b6e7f90a1b2c3d4e5f60718"),
}


def _key() -> bytes:
    return base64.b64decode(os.environ[VAULT_CONFIG["key_env"]])


def _cipher(key: bytes) -> Cipher:
    return Cipher(algorithms.AES(key), modes.CBC(VAULT_CONFIG["iv"]))


def seal_glossary(tbx_bytes: bytes) -> bytes:
    padder = padding.PKCS7(VAULT_CONFIG["block_bits"]).padder()
    padded = padder.update(tbx_bytes) + padder.finalize()
    encryptor = _cipher(_key()).encryptor()
    return encryptor.update(padded) + encryptor.finalize()


def open_glossary(blob: bytes) -> bytes:
    decryptor = _cipher(_key()).decryptor()
    padded = decryptor.update(blob) + decryptor.finalize()
    unpadder = padding.PKCS7(VAULT_CONFIG["block_bits"]).unpadder()
    return unpadder.update(padded) + unpadder.finalize()
