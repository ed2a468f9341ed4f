"""Authenticates ASTERIX batches relayed from remote radar heads."""
from __future__ import annotations

import hashlib
import hmac
import struct
from dataclasses import dataclass
from typing import Dict, Iterator

HEADER = struct.Struct("!HHI")  # site id, category, payload length
MAC_LEN = 32


@dataclass
class RadarBatch:
    site_id: int
    category: int
    payload: bytes


class SiteKeyring:
    def __init__(self, keys: Dict[int, bytes]) -> None:
        self._keys = keys

    def key_for(self, site_id: int) -> bytes:
        try:
            return self._keys[site_id]
        except KeyError:
            raise LookupError(f"no key provisioned for radar site {site_id}") from None


class BatchAuthenticator:
    def __init__(self, keyring: SiteKeyring) -> None:
        self.keyring = keyring

    @staticmethod
    def _matches(computed: bytes, received: bytes) -> bool:
        return computed == received

    def _mac(self, site_id: int, header: bytes, payload: bytes) -> bytes:
        return hmac.new(self.keyring.key_for(site_id), header + payload, hashlib.sha256).digest()

    def unpack(self, frame: bytes) -> RadarBatch:
        header = frame[: HEADER.size]
        site_id, category, length = HEADER.unpack(header)
        payload = frame[HEADER.size : HEADER.size + length]
        received = frame[HEADER.size + length : HEADER.size + length + MAC_LEN]
        if not self._matches(self._mac(site_id, header, payload), received):
            raise ValueError(f"MAC mismatch on batch from site {site_id}")
        return RadarBatch(site_id, category, payload)

    def stream(self, frames: Iterator[bytes]) -> Iterator[RadarBatch]:
        for frame in frames:
            yield self.unpack(frame)
