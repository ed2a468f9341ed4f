"""Encrypts message attachments before they are written to object storage."""
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12


def encrypt_attachment(key: bytes, data: bytes, attachment_id: str) -> bytes:
    nonce = os.urandom(NONCE_SIZE)
    ct = AESGCM(key).encrypt(nonce, data, attachment_id.encode())
    return nonce + ct


def decrypt_attachment(key: bytes, blob: bytes, attachment_id: str) -> bytes:
    nonce, ct = blob[:NONCE_SIZE], blob[NONCE_SIZE:]
    return AESGCM(key).decrypt(nonce, ct, attachment_id.encode())
