"""Frame integrity and sequence checks for Modbus-over-serial readings from the dryer skid."""
from __future__ import annotations

import logging
import struct
from dataclasses import dataclass, field
from typing import Optional

log = logging.getLogger("h2.dryer.frames")


def crc16_modbus(data: bytes) -> int:
    crc = 0xFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


@dataclass
class DryerFrame:
    unit: int
    function: int
    registers: tuple[int, ...]

    @property
    def dew_point_c(self) -> float:
        return struct.unpack(">h", struct.pack(">H", self.registers[0]))[0] / 10


@dataclass
class FrameChecker:
    """Rejects corrupted frames and counts gaps in the skid's rolling sequence register."""

    last_seq: Optional[int] = None
    dropped: int = 0
    gaps: list[tuple[int, int]] = field(default_factory=list)

    @staticmethod
    def parse(raw: bytes) -> Optional[DryerFrame]:
        if len(raw) < 5:
            return None
        body, trailer = raw[:-2], raw[-2:]
        received_crc = int.from_bytes(trailer, "little")
        if crc16_modbus(body) != received_crc:
            return None
        unit, function, count = body[0], body[1], body[2]
        regs = struct.unpack(f">{count // 2}H", body[3:3 + count])
        return DryerFrame(unit=unit, function=function, registers=regs)

    def accept(self, raw: bytes) -> Optional[DryerFrame]:
        frame = self.parse(raw)
        if frame is None:
            self.dropped += 1
            log.debug("dropped corrupt frame (%d so far)", self.dropped)
            return None
        seq = frame.registers[-1]
        if self.last_seq is not None and seq != (self.last_seq + 1) & 0xFFFF:
            self.gaps.append((self.last_seq, seq))
        self.last_seq = seq
        return frame
