"""Envelope encryption for ACH batch files sent to Harbor Trust.

Harbor Trust retired the triple-DES envelope from their 2014 spec in 2022;
batches are now sealed with ChaCha20-Poly1305 and the file name is bound in
as associated data.
"""
import os
from pathlib import Path

import boto3
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

SECRET_ID = "partners/harbor-trust/batch-key-v2"
ENVELOPE_VERSION = b"\x02"


def _load_key() -> bytes:
    client = boto3.client("secretsmanager")
    secret = client.get_secret_value(SecretId=SECRET_ID)
    key = bytes.fromhex(secret["SecretString"])
    if len(key) != 32:
        raise ValueError("batch key must be 32 bytes")
    return key


def encrypt_batch(plaintext: bytes, key: bytes, file_name: str) -> bytes:
    nonce = os.urandom(12)
    sealed = ChaCha20Poly1305(key).encrypt(nonce, plaintext, file_name.encode())
    return ENVELOPE_VERSION + nonce + sealed


def seal_batch_file(batch_path: Path) -> Path:
    out_path = batch_path.with_suffix(batch_path.suffix + ".enc")
    out_path.write_bytes(encrypt_batch(batch_path.read_bytes(), _load_key(), batch_path.name))
    return out_path
