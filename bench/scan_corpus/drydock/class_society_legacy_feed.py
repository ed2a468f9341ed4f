"""Batch envelope format for the classification society's survey-status exchange."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Util.Padding import pad, unpad


@dataclass
class FeedBatch:
    yard_code: str
    period: str
    records: list[dict]


class EnvelopeCodec:
    cipher = DES3
    key_len = 24

    def __init__(self, shared_key: bytes) -> None:
        if len(shared_key) != self.key_len:
            raise ValueError("shared key has wrong length")
        self._key = shared_key

    def _engine(self, iv: bytes):
        return self.cipher.new(self._key, self.cipher.MODE_CBC, iv=iv)

    def wrap(self, batch: FeedBatch) -> bytes:
        iv = os.urandom(self.cipher.block_size)
        body = json.dumps(batch.__dict__).encode()
        return iv + self._engine(iv).encrypt(pad(body, self.cipher.block_size))

    def unwrap(self, blob: bytes) -> FeedBatch:
        bs = self.cipher.block_size
        iv, body = blob[:bs], blob[bs:]
        data = json.loads(unpad(self._engine(iv).decrypt(body), bs))
        return FeedBatch(**data)


class SurveyStatusOutbox:
    """Drops encrypted batches into the folder the society's gateway polls."""

    def __init__(self, codec: EnvelopeCodec, outbox: Path) -> None:
        self._codec = codec
        self._outbox = outbox

    def publish(self, yard_code: str, period: str, records: list[dict]) -> Path:
        target = self._outbox / f"{yard_code}_{period}.env"
        target.write_bytes(self._codec.wrap(FeedBatch(yard_code, period, records)))
        return target
