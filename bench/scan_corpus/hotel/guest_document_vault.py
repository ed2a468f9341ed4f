"""Field-level encryption for passport / ID data captured at check-in.

Several jurisdictions require us to keep the travel document number and a
scan for the police registration report. Both are encrypted before they are
written to the PMS database; the reservation id is bound in as AAD so a
ciphertext cannot be moved to another booking.
"""
import base64
import os
from functools import lru_cache

from Crypto.Cipher import AES

_KEY_ENV = "GUEST_DOC_KEY"
_TAG_LEN = 16
_FIELD_NONCE = bytes.fromhex("a3f1c9d27b604e18aa5c0d91")


@lru_cache(maxsize=1)
def _data_key() -> bytes:
    key = base64.b64decode(os.environ[_KEY_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{_KEY_ENV} must be a base64-encoded 256-bit key")
    return key


def seal(plaintext: bytes, associated: bytes = b"", nonce: bytes = _FIELD_NONCE) -> str:
    cipher = AES.new(_data_key(), AES.MODE_GCM, nonce=nonce)
    cipher.update(associated)
    ct, tag = cipher.encrypt_and_digest(plaintext)
    return base64.b64encode(ct + tag).decode()


def unseal(token: str, associated: bytes = b"", nonce: bytes = _FIELD_NONCE) -> bytes:
    raw = base64.b64decode(token)
    ct, tag = raw[:-_TAG_LEN], raw[-_TAG_LEN:]
    cipher = AES.new(_data_key(), AES.MODE_GCM, nonce=nonce)
    cipher.update(associated)
    return cipher.decrypt_and_verify(ct, tag)


def encrypt_document(doc_number: str, scan: bytes, reservation_id: str) -> dict:
    aad = reservation_id.encode()
    return {
        "doc_number": seal(doc_number.encode(), aad),
        "scan": seal(scan, aad),
    }


def decrypt_document(record: dict, reservation_id: str) -> tuple[str, bytes]:
    aad = reservation_id.encode()
    return unseal(record["doc_number"], aad).decode(), unseal(record["scan"], aad)
