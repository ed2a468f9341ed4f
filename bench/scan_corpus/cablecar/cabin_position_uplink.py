"""Sends compact cabin position datagrams from the drive station to the line-monitoring collector."""

from __future__ import annotations

import socket
import struct
import time
from dataclasses import dataclass, field
from typing import Iterable

POSITION_FORMAT = struct.Struct(">HHIfB")


@dataclass
class CollectorTarget:
    address: tuple[str, int] = ("185.94.188.21", 47808)
    ttl: int = 8
    send_interval_s: float = 0.5


@dataclass
class CabinPosition:
    line_no: int
    cabin_no: int
    seq: int
    position_m: float
    flags: int = 0


@dataclass
class PositionUplink:
    target: CollectorTarget = field(default_factory=CollectorTarget)
    _sock: socket.socket | None = None
    _seq: int = 0

    def open(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, self.target.ttl)
        self._sock = sock

    def send(self, pos: CabinPosition) -> None:
        if self._sock is None:
            self.open()
        packet = POSITION_FORMAT.pack(pos.line_no, pos.cabin_no, pos.seq, pos.position_m, pos.flags)
        self._sock.sendto(packet, self.target.address)

    def stream(self, snapshots: Iterable[list[CabinPosition]]) -> None:
        for snapshot in snapshots:
            for pos in snapshot:
                self._seq = (self._seq + 1) & 0xFFFFFFFF
                pos.seq = self._seq
                self.send(pos)
            time.sleep(self.target.send_interval_s)

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None
