"""Encryption of bank payment files before they are staged for upload.

Each file gets a fresh KMS data key; the upload worker unwraps the key
from the sidecar and decrypts just before transmission.
"""
import base64
import json
import logging
import os
from pathlib import Path

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger(__name__)

NONCE_BYTES = 12
_kms = boto3.client("kms")


def _data_key(client_code: str, key_id: str) -> tuple[bytes, bytes]:
    resp = _kms.generate_data_key(
        KeyId=key_id, KeySpec="AES_256", EncryptionContext={"client": client_code}
    )
    return resp["Plaintext"], resp["CiphertextBlob"]


def seal_payment_file(path: Path, client_code: str, key_id: str) -> Path:
    key, wrapped_key = _data_key(client_code, key_id)
    nonce = os.urandom(NONCE_BYTES)
    aad = f"{client_code}:{path.name}".encode("utf-8")
    ciphertext = AESGCM(key).encrypt(nonce, path.read_bytes(), aad)

    out_path = path.with_suffix(path.suffix + ".enc")
    out_path.write_bytes(nonce + ciphertext)
    sidecar = {
        "client": client_code,
        "source": path.name,
        "wrapped_key": base64.b64encode(wrapped_key).decode("ascii"),
        "alg": "AES-256-GCM",
    }
    out_path.with_suffix(".json").write_text(json.dumps(sidecar, indent=2))
    log.info("sealed %s for client %s", path.name, client_code)
    return out_path


def open_payment_file(sealed: Path, key: bytes, client_code: str, source_name: str) -> bytes:
    blob = sealed.read_bytes()
    nonce, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
    aad = f"{client_code}:{source_name}".encode("utf-8")
    return AESGCM(key).decrypt(nonce, ciphertext, aad)
