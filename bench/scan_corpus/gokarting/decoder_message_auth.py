"""Authenticates status messages from trackside timing decoders.

Each decoder appends an HMAC-SHA256 tag to its heartbeat and passing
messages. The timing server drops anything whose tag does not match, so
a laptop on the venue Wi-Fi cannot inject fake lap crossings.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass

TAG_LEN = 32
MAX_SKEW_SECONDS = 30


@dataclass(frozen=True)
class DecoderMessage:
    decoder_id: str
    kind: str
    sent_at: float
    body: dict


class DecoderAuthenticator:
    def __init__(self, keys: dict[str, bytes]) -> None:
        self._keys = keys

    @classmethod
    def from_env(cls) -> "DecoderAuthenticator":
        raw = json.loads(os.environ["DECODER_KEYS_JSON"])
        return cls({decoder: bytes.fromhex(key) for decoder, key in raw.items()})

    def _tag(self, decoder_id: str, payload: bytes) -> bytes:
        return hmac.new(self._keys[decoder_id], payload, hashlib.sha256).digest()

    def sign(self, decoder_id: str, message: dict) -> bytes:
        payload = json.dumps(message, sort_keys=True, separators=(",", ":")).encode()
        return payload + self._tag(decoder_id, payload)

    def open(self, decoder_id: str, frame: bytes) -> DecoderMessage | None:
        if decoder_id not in self._keys or len(frame) <= TAG_LEN:
            return None
        payload, tag = frame[:-TAG_LEN], frame[-TAG_LEN:]
        if not hmac.compare_digest(self._tag(decoder_id, payload), tag):
            return None
        message = json.loads(payload)
        if abs(time.time() - float(message.get("sent_at", 0))) > MAX_SKEW_SECONDS:
            return None
        return DecoderMessage(
            decoder_id=decoder_id,
            kind=message.get("kind", "unknown"),
            sent_at=float(message["sent_at"]),
            body=message.get("body", {}),
        )


def handle_frame(auth: DecoderAuthenticator, decoder_id: str, frame: bytes, sink) -> bool:
    message = auth.open(decoder_id, frame)
    if message is None:
        return False
    if message.kind == "passing":
        sink.record_passing(message.decoder_id, message.body)
    elif message.kind == "heartbeat":
        sink.mark_alive(message.decoder_id, message.sent_at)
    return True
