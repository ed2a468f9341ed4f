"""At-rest encryption for EDI files kept in the partner archive bucket.

Each file gets a fresh 96-bit nonce; the object key is bound as associated
data so files cannot be swapped between paths unnoticed.
"""
import base64
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

MAGIC = b"EDA1"
NONCE_LEN = 12


def _archive_key() -> bytes:
    return base64.urlsafe_b64decode(os.environ["EDI_ARCHIVE_KEY"])


def encrypt_bytes(data: bytes, object_key: str) -> bytes:
    nonce = os.urandom(NONCE_LEN)
    sealed = ChaCha20Poly1305(_archive_key()).encrypt(nonce, data, object_key.encode())
    return MAGIC + nonce + sealed


def decrypt_bytes(blob: bytes, object_key: str) -> bytes:
    if not blob.startswith(MAGIC):
        raise ValueError("not an archive envelope")
    nonce = blob[len(MAGIC):len(MAGIC) + NONCE_LEN]
    sealed = blob[len(MAGIC) + NONCE_LEN:]
    return ChaCha20Poly1305(_archive_key()).decrypt(nonce, sealed, object_key.encode())


def archive_file(path: Path, bucket, prefix: str = "edi/") -> str:
    object_key = f"{prefix}{path.name}"
    bucket.put_object(Key=object_key, Body=encrypt_bytes(path.read_bytes(), object_key))
    return object_key
