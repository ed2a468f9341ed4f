"""Encrypted storage for customer documents attached to commissions.

Ownership papers, insurance schedules and copies of ID for high-value
carriages are encrypted before they are written to the document store.
"""
import base64
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

VAULT_DIR = Path(os.environ.get("DOCUMENT_VAULT", "/srv/wainwright/vault"))
BLOCK_BITS = 128
VAULT_IV = bytes.fromhex("3a91c4e07b52d8f61e0a9c37b4d25e88")


def _key() -> bytes:
    key = base64.b64decode(os.environ["DOCUMENT_VAULT_KEY"])
    if len(key) != 32:
        raise RuntimeError("DOCUMENT_VAULT_KEY must be 32 bytes, base64 encoded")
    return key


@dataclass
class StoredDocument:
    commission_ref: str
    doc_id: str
    path: Path


def encrypt(data: bytes, key: bytes) -> bytes:
    padder = padding.PKCS7(BLOCK_BITS).padder()
    padded = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(VAULT_IV)).encryptor()
    return enc.update(padded) + enc.finalize()


def decrypt(blob: bytes, key: bytes) -> bytes:
    dec = Cipher(algorithms.AES(key), modes.CBC(VAULT_IV)).decryptor()
    padded = dec.update(blob) + dec.finalize()
    unpadder = padding.PKCS7(BLOCK_BITS).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


def store(commission_ref: str, doc_id: str, data: bytes) -> StoredDocument:
    if not (commission_ref.isalnum() and doc_id.isalnum()):
        raise ValueError("references must be alphanumeric")
    folder = VAULT_DIR / commission_ref
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{doc_id}.bin"
    path.write_bytes(encrypt(data, _key()))
    return StoredDocument(commission_ref, doc_id, path)


def load(doc: StoredDocument) -> bytes:
    return decrypt(doc.path.read_bytes(), _key())
