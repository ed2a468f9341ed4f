"""Field-level encryption for notarial journal entries.

Journal rows hold the signer's ID document number and address, which state
rules require to be encrypted at rest.  Encryption happens in the ORM layer
so reports and exports only ever see plaintext through ``decrypt_field``.
"""
import base64
import os

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

JOURNAL_CRYPTO = {
    "enc_key_env": "JOURNAL_ENC_KEY",
    "mac_key_env": "JOURNAL_MAC_KEY",
    "iv": bytes.fromhex("3f1c9a0be27d4c58a16e0f9b7d2c4e81"),
    "version": b"\x01",
}


def _keys() -> tuple[bytes, bytes]:
    enc = base64.b64decode(os.environ[JOURNAL_CRYPTO["enc_key_env"]])
    mac = base64.b64decode(os.environ[JOURNAL_CRYPTO["mac_key_env"]])
    return enc, mac


def _tag(mac_key: bytes, data: bytes) -> hmac.HMAC:
    h = hmac.HMAC(mac_key, hashes.SHA256())
    h.update(data)
    return h


def encrypt_field(value: str) -> str:
    enc_key, mac_key = _keys()
    padder = padding.PKCS7(128).padder()
    padded = padder.update(value.encode("utf-8")) + padder.finalize()
    encryptor = Cipher(algorithms.AES(enc_key), modes.CBC(JOURNAL_CRYPTO["iv"])).encryptor()
    body = JOURNAL_CRYPTO["version"] + encryptor.update(padded) + encryptor.finalize()
    return base64.b64encode(body + _tag(mac_key, body).finalize()).decode("ascii")


def decrypt_field(token: str) -> str:
    enc_key, mac_key = _keys()
    raw = base64.b64decode(token)
    body, tag = raw[:-32], raw[-32:]
    _tag(mac_key, body).verify(tag)
    decryptor = Cipher(algorithms.AES(enc_key), modes.CBC(JOURNAL_CRYPTO["iv"])).decryptor()
    padded = decryptor.update(body[1:]) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")
