"""Encryption of safeguarding documents (court orders, care plans) at rest.

Files are encrypted with AES-GCM before they leave the app server; the
nonce and tag are stored alongside the ciphertext in a single blob.
"""
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES

_KEY_BYTES = 32
_NONCE_BYTES = 12
_TAG_BYTES = 16


def _key() -> bytes:
    key = bytes.fromhex(os.environ["SAFEGUARDING_DOC_KEY"])
    if len(key) != _KEY_BYTES:
        raise RuntimeError("SAFEGUARDING_DOC_KEY must be 32 bytes of hex")
    return key


def seal_document(data: bytes, doc_id: str) -> bytes:
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=os.urandom(_NONCE_BYTES))
    cipher.update(doc_id.encode())
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


def open_document(blob: bytes, doc_id: str) -> bytes:
    nonce = blob[:_NONCE_BYTES]
    tag = blob[_NONCE_BYTES:_NONCE_BYTES + _TAG_BYTES]
    ciphertext = blob[_NONCE_BYTES + _TAG_BYTES:]
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=nonce)
    cipher.update(doc_id.encode())
    return cipher.decrypt_and_verify(ciphertext, tag)


def store(path: Path, data: bytes, doc_id: str) -> None:
    path.write_bytes(seal_document(data, doc_id))
