"""Encrypted on-disk spool for telemetry batches while the uplink is down.

Batches are written to the SD card and replayed in order once the broker
is reachable again. Every batch gets its own random nonce.
"""
import os
from pathlib import Path
from typing import Iterator

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

MAGIC = b"TLM1"
NONCE_LEN = 12


class TelemetrySpool:
    def __init__(self, spool_dir: Path, key: bytes, gateway_id: str):
        self.dir = spool_dir
        self.dir.mkdir(parents=True, exist_ok=True)
        self._aead = ChaCha20Poly1305(key)
        self._aad = MAGIC + gateway_id.encode("utf-8")
        self._seq = max((int(p.stem) for p in self.dir.glob("*.tlm")), default=0)

    def _wrap(self, batch: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        return MAGIC + nonce + self._aead.encrypt(nonce, batch, self._aad)

    def _unwrap(self, blob: bytes) -> bytes:
        if blob[:4] != MAGIC:
            raise ValueError("not a spool record")
        nonce = blob[4 : 4 + NONCE_LEN]
        return self._aead.decrypt(nonce, blob[4 + NONCE_LEN :], self._aad)

    def push(self, batch: bytes) -> Path:
        self._seq += 1
        path = self.dir / f"{self._seq:010d}.tlm"
        path.write_bytes(self._wrap(batch))
        return path

    def drain(self) -> Iterator[bytes]:
        for path in sorted(self.dir.glob("*.tlm")):
            yield self._unwrap(path.read_bytes())
            path.unlink()
