"""Envelope encryption for documents held in the matter vault.

Each document gets its own KMS data key. Stored layout:
wrapped_key | nonce (12) | tag (16) | ciphertext
"""
from dataclasses import dataclass

import boto3
from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

NONCE_BYTES = 12


@dataclass
class SealedDocument:
    wrapped_key: bytes
    nonce: bytes
    tag: bytes
    ciphertext: bytes


class VaultCipher:
    def __init__(self, kms_key_id: str, kms_client=None):
        self._kms = kms_client or boto3.client("kms")
        self._kms_key_id = kms_key_id

    def seal(self, payload: bytes, document_id: str) -> SealedDocument:
        resp = self._kms.generate_data_key(KeyId=self._kms_key_id, KeySpec="AES_256")
        nonce = get_random_bytes(NONCE_BYTES)
        cipher = _AES.new(resp["Plaintext"], _AES.MODE_GCM, nonce=nonce)
        cipher.update(document_id.encode("utf-8"))
        ciphertext, tag = cipher.encrypt_and_digest(payload)
        return SealedDocument(resp["CiphertextBlob"], nonce, tag, ciphertext)

    def open(self, sealed: SealedDocument, document_id: str) -> bytes:
        key = self._kms.decrypt(CiphertextBlob=sealed.wrapped_key)["Plaintext"]
        cipher = _AES.new(key, _AES.MODE_GCM, nonce=sealed.nonce)
        cipher.update(document_id.encode("utf-8"))
        return cipher.decrypt_and_verify(sealed.ciphertext, sealed.tag)
