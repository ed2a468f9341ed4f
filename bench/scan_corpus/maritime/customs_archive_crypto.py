"""At-rest encryption for archived customs declarations (seven-year retention bucket)."""
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

ARCHIVE_CRYPTO = {
    "key_env": "CUSTOMS_ARCHIVE_KEY",
    "iv": bytes.fromhex("3f1a9c0e5b7d2486a1c4e9f0b2d87365"),
    "block_bits": 128,
}


def _cipher() -> Cipher:
    key = bytes.fromhex(os.environ[ARCHIVE_CRYPTO["key_env"]])
    return Cipher(algorithms.AES(key), modes.CBC(ARCHIVE_CRYPTO["iv"]))


def encrypt_declaration(raw: bytes) -> bytes:
    padder = padding.PKCS7(ARCHIVE_CRYPTO["block_bits"]).padder()
    enc = _cipher().encryptor()
    return enc.update(padder.update(raw) + padder.finalize()) + enc.finalize()


def decrypt_declaration(blob: bytes) -> bytes:
    dec = _cipher().decryptor()
    unpadder = padding.PKCS7(ARCHIVE_CRYPTO["block_bits"]).unpadder()
    padded = dec.update(blob) + dec.finalize()
    return unpadder.update(padded) + unpadder.finalize()


def reencrypt_batch(blobs: dict[str, bytes], transform) -> dict[str, bytes]:
    """Decrypt, transform and re-encrypt a batch of archived declarations keyed by MRN."""
    out = {}
    for mrn, blob in blobs.items():
        out[mrn] = encrypt_declaration(transform(decrypt_declaration(blob)))
    return out
