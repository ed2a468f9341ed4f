"""Encrypted storage for streaming-encoder credentials (CDN ingest passwords, SRT passphrases).

The data-encryption key is loaded from the secrets manager at start-up and
never written to disk.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


def load_dek(secret_id: str) -> bytes:
    client = boto3.client("secretsmanager")
    value = client.get_secret_value(SecretId=secret_id)["SecretBinary"]
    if len(value) != 32:
        raise ValueError("encoder vault DEK must be 256 bits")
    return value


class EncoderVault:
    def __init__(self, path: Path, dek: bytes) -> None:
        self.path = path
        self._aead = AESGCM(dek)
        self._entries: dict[str, str] = {}
        if path.exists():
            self._entries = json.loads(path.read_text())

    def put(self, encoder_id: str, credential: str) -> None:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, credential.encode("utf-8"), encoder_id.encode("utf-8"))
        self._entries[encoder_id] = (nonce + sealed).hex()
        self._flush()

    def get(self, encoder_id: str) -> str:
        blob = bytes.fromhex(self._entries[encoder_id])
        nonce, sealed = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        return self._aead.decrypt(nonce, sealed, encoder_id.encode("utf-8")).decode("utf-8")

    def encoders(self) -> list[str]:
        return sorted(self._entries)

    def _flush(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._entries, indent=1))
        tmp.replace(self.path)


def open_default() -> EncoderVault:
    dek = load_dek(os.environ.get("ENCODER_VAULT_SECRET_ID", "broadcast/encoder-vault-dek"))
    return EncoderVault(Path(os.environ.get("ENCODER_VAULT_PATH", "/var/lib/encoders/vault.json")), dek)
