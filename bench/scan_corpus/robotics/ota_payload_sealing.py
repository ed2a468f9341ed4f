"""Seals OTA delta payloads for transport to robots over the site relay.

Payloads are split into chunks so a robot on a flaky Wi-Fi link can resume;
each chunk is sealed on its own.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_SIZE = 12
DEFAULT_CHUNK = 256 * 1024


@dataclass(frozen=True)
class SealedChunk:
    index: int
    total: int
    nonce: bytes
    ciphertext: bytes


class PayloadSealer:
    def __init__(self, transport_key: bytes, release_id: str):
        self._aead = ChaCha20Poly1305(transport_key)
        self._release = release_id.encode()

    def _aad(self, index: int, total: int) -> bytes:
        return self._release + b":" + index.to_bytes(4, "big") + total.to_bytes(4, "big")

    def seal_chunks(self, payload: bytes, chunk_size: int = DEFAULT_CHUNK) -> list[SealedChunk]:
        offsets = range(0, len(payload), chunk_size)
        total = len(offsets)
        chunks = []
        for index, offset in enumerate(offsets):
            nonce = os.urandom(NONCE_SIZE)
            piece = payload[offset:offset + chunk_size]
            chunks.append(SealedChunk(index, total, nonce, self._aead.encrypt(nonce, piece, self._aad(index, total))))
        return chunks

    def open_chunks(self, chunks: list[SealedChunk]) -> bytes:
        ordered = sorted(chunks, key=lambda c: c.index)
        total = len(ordered)
        if any(c.index != i or c.total != total for i, c in enumerate(ordered)):
            raise ValueError("payload is incomplete or has duplicate chunks")
        return b"".join(
            self._aead.decrypt(c.nonce, c.ciphertext, self._aad(c.index, total)) for c in ordered
        )
