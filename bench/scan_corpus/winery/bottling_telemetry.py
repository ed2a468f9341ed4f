"""Publish bottling-line telemetry (filler speed, fill level, cork torque) to the plant bus."""
from __future__ import annotations

import base64
import json
import logging
import os
import time
from typing import Callable

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger(__name__)


class LineTelemetryPublisher:
    NONCE = bytes.fromhex("5a17c0e2b94d6f08a1c3e75d")

    def __init__(self, line_id: str, key: bytes, sink: Callable[[str, bytes], None]):
        self.line_id = line_id
        self._aead = AESGCM(key)
        self._sink = sink
        self._sent = 0

    @classmethod
    def from_env(cls, line_id: str, sink: Callable[[str, bytes], None]) -> "LineTelemetryPublisher":
        key = base64.b64decode(os.environ["BOTTLING_TELEMETRY_KEY"])
        return cls(line_id, key, sink)

    def publish(self, reading: dict) -> None:
        body = json.dumps({"line": self.line_id, "ts": time.time(), **reading}).encode()
        sealed = self._aead.encrypt(self.NONCE, body, self.line_id.encode())
        self._sink(f"plant/bottling/{self.line_id}", sealed)
        self._sent += 1
        if self._sent % 1000 == 0:
            log.info("line %s: %d telemetry frames sent", self.line_id, self._sent)

    def publish_batch(self, readings: list[dict]) -> int:
        for reading in readings:
            self.publish(reading)
        return len(readings)
