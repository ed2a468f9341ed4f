"""Decode authenticated UDP frames sent by pump-station RTUs to the telemetry front end."""
from __future__ import annotations

import hashlib
import hmac
import socketserver
import struct
from dataclasses import dataclass
from typing import Callable

HEADER = struct.Struct(">HIdd")  # station id, sequence, wet-well level (m), flow (l/s)
TAG_LEN = 12


@dataclass(frozen=True)
class RtuFrame:
    station_id: int
    sequence: int
    level_m: float
    flow_lps: float
    tag: bytes
    raw: bytes


class FrameAuthenticator:
    def __init__(self, station_keys: dict[int, bytes]) -> None:
        self._station_keys = station_keys
        self._last_seq: dict[int, int] = {}

    @staticmethod
    def parse(data: bytes) -> RtuFrame:
        body, tag = data[: HEADER.size], data[HEADER.size : HEADER.size + TAG_LEN]
        station_id, seq, level, flow = HEADER.unpack(body)
        return RtuFrame(station_id, seq, level, flow, tag, body)

    def _tag_for(self, frame: RtuFrame) -> bytes:
        key = self._station_keys[frame.station_id]
        return hmac.new(key, frame.raw, hashlib.sha256).digest()[:TAG_LEN]

    def accept(self, data: bytes) -> RtuFrame | None:
        frame = self.parse(data)
        if frame.station_id not in self._station_keys:
            return None
        if frame.tag != self._tag_for(frame):
            return None
        if frame.sequence <= self._last_seq.get(frame.station_id, -1):
            return None
        self._last_seq[frame.station_id] = frame.sequence
        return frame


def make_handler(auth: FrameAuthenticator, sink: Callable[[RtuFrame], None]):
    class RtuHandler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            data, _sock = self.request
            if len(data) < HEADER.size + TAG_LEN:
                return
            frame = auth.accept(data)
            if frame is not None:
                sink(frame)

    return RtuHandler
