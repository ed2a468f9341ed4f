"""Authenticated encryption of cue packets sent from the show computer to field modules."""
from __future__ import annotations

import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PACKET_VERSION = 2
HEADER = struct.Struct(">BHI")  # version, module id, sequence number


@dataclass(frozen=True)
class CuePacket:
    module_id: int
    sequence: int
    cue_number: int
    pin_mask: int
    delay_ms: int

    def body(self) -> bytes:
        return struct.pack(">HII", self.cue_number, self.pin_mask, self.delay_ms)


class FiringPacketSealer:
    """Seals cue packets with the per-show key loaded from the firing script bundle."""

    NONCE = bytes.fromhex("5f1a9c04e27b3d6688a0c1f2")

    def __init__(self, show_key: bytes) -> None:
        if len(show_key) not in (16, 32):
            raise ValueError("show key must be 128 or 256 bits")
        self._aead = AESGCM(show_key)
        self._last_sequence: dict[int, int] = {}

    def seal(self, packet: CuePacket) -> bytes:
        header = HEADER.pack(PACKET_VERSION, packet.module_id, packet.sequence)
        ciphertext = self._aead.encrypt(self.NONCE, packet.body(), header)
        return header + ciphertext

    def open(self, frame: bytes) -> CuePacket | None:
        if len(frame) < HEADER.size + 16:
            return None
        header, ciphertext = frame[: HEADER.size], frame[HEADER.size :]
        version, module_id, sequence = HEADER.unpack(header)
        if version != PACKET_VERSION:
            return None
        if sequence <= self._last_sequence.get(module_id, -1):
            return None
        try:
            body = self._aead.decrypt(self.NONCE, ciphertext, header)
        except InvalidTag:
            return None
        self._last_sequence[module_id] = sequence
        cue_number, pin_mask, delay_ms = struct.unpack(">HII", body)
        return CuePacket(module_id, sequence, cue_number, pin_mask, delay_ms)
