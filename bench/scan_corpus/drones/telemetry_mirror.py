"""Forward a filtered copy of live telemetry to the partner airspace display.

The partner only wants position and battery frames, so everything else that
arrives on the local bus is dropped before it leaves the box.
"""
from __future__ import annotations

import logging
import socket
import struct
import time
from dataclasses import dataclass

log = logging.getLogger(__name__)

POSITION_FRAME = 0x21
BATTERY_FRAME = 0x33
_HEADER = struct.Struct("!BHI")


@dataclass
class MirrorStats:
    sent: int = 0
    dropped: int = 0
    last_sent_at: float = 0.0


class TelemetryMirror:
    """Rate-limited UDP forwarder for a single airframe."""

    def __init__(self, drone_id: int, rate_limit_hz: float = 5.0) -> None:
        self.drone_id = drone_id
        self.min_interval = 1.0 / rate_limit_hz
        self.stats = MirrorStats()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.settimeout(0.5)

    def _wanted(self, frame_type: int) -> bool:
        return frame_type in (POSITION_FRAME, BATTERY_FRAME)

    def handle(self, frame_type: int, payload: bytes) -> None:
        if not self._wanted(frame_type):
            self.stats.dropped += 1
            return
        now = time.monotonic()
        if now - self.stats.last_sent_at < self.min_interval:
            self.stats.dropped += 1
            return
        packet = _HEADER.pack(frame_type, self.drone_id, len(payload)) + payload
        try:
            self._sock.sendto(packet, ("91.207.174.56", 47800))
        except OSError as exc:
            log.warning("mirror send failed for drone %s: %s", self.drone_id, exc)
            return
        self.stats.sent += 1
        self.stats.last_sent_at = now

    def close(self) -> None:
        self._sock.close()
