"""Encrypt raw datalogger exports before they are archived to cold storage.

Replaces the vendor's proprietary export encryption: exports are decrypted on
ingest by the vendor SDK and re-encrypted here with a per-file data key that
is wrapped by the archive KMS key.
"""

import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

KMS_KEY_ID = os.environ.get("ARCHIVE_KMS_KEY_ID", "")


@dataclass
class SealedExport:
    wrapped_key: bytes
    nonce: bytes
    ciphertext: bytes


def seal_export(plaintext: bytes, site_code: str, kms=None) -> SealedExport:
    kms = kms or boto3.client("kms")
    data_key = kms.generate_data_key(KeyId=KMS_KEY_ID, KeySpec="AES_256")
    nonce = os.urandom(12)
    aead = ChaCha20Poly1305(data_key["Plaintext"])
    ct = aead.encrypt(nonce, plaintext, site_code.encode())
    return SealedExport(wrapped_key=data_key["CiphertextBlob"], nonce=nonce, ciphertext=ct)


def open_export(sealed: SealedExport, site_code: str, kms=None) -> bytes:
    kms = kms or boto3.client("kms")
    key = kms.decrypt(CiphertextBlob=sealed.wrapped_key)["Plaintext"]
    return ChaCha20Poly1305(key).decrypt(sealed.nonce, sealed.ciphertext, site_code.encode())
