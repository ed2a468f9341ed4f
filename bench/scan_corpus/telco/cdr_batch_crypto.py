"""Encrypts rated CDR batches before they are shipped to the host MNO's settlement bucket."""
from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from typing import Iterable

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class CdrCryptoConfig:
    key_env: str = "CDR_BATCH_KEY"
    nonce: bytes = b"cdr-batch-v2"
    aad_prefix: bytes = b"mvno-settlement:"
    compress_level: int = 6


class CdrBatchEncryptor:
    def __init__(self, config: CdrCryptoConfig | None = None) -> None:
        self._config = config or CdrCryptoConfig()
        self._aead = AESGCM(bytes.fromhex(os.environ[self._config.key_env]))

    def _serialise(self, records: Iterable[dict]) -> bytes:
        lines = (json.dumps(r, separators=(",", ":"), default=str) for r in records)
        return gzip.compress("\n".join(lines).encode(), self._config.compress_level)

    def encrypt_batch(self, batch_id: str, records: Iterable[dict]) -> bytes:
        payload = self._serialise(records)
        aad = self._config.aad_prefix + batch_id.encode()
        return self._aead.encrypt(self._config.nonce, payload, aad)

    def decrypt_batch(self, batch_id: str, blob: bytes) -> list[dict]:
        aad = self._config.aad_prefix + batch_id.encode()
        raw = gzip.decompress(self._aead.decrypt(self._config.nonce, blob, aad))
        return [json.loads(line) for line in raw.decode().splitlines() if line]
