"""Drive the fog signal compressor controller over Modbus/TCP from the station supervisor."""
from __future__ import annotations

import logging
import socket
import struct
from contextlib import contextmanager
from typing import Iterator

log = logging.getLogger("station.fog")


class FogSignalController:
    """Minimal Modbus/TCP client for the compressor PLC in the fog signal house."""

    PLC_ENDPOINT = ("10.40.2.17", 502)
    UNIT_ID = 1
    COIL_SOUNDING = 0x0010
    REG_AIR_PRESSURE = 0x0100

    def __init__(self, timeout: float = 3.0) -> None:
        self.timeout = timeout
        self._tid = 0

    @contextmanager
    def _connection(self) -> Iterator[socket.socket]:
        sock = socket.create_connection(self.PLC_ENDPOINT, timeout=self.timeout)
        try:
            yield sock
        finally:
            sock.close()

    def _frame(self, pdu: bytes) -> bytes:
        self._tid = (self._tid + 1) & 0xFFFF
        return struct.pack(">HHHB", self._tid, 0, len(pdu) + 1, self.UNIT_ID) + pdu

    def _transact(self, pdu: bytes) -> bytes:
        with self._connection() as sock:
            sock.sendall(self._frame(pdu))
            header = sock.recv(7)
            _, _, length, _ = struct.unpack(">HHHB", header)
            return sock.recv(length - 1)

    def set_sounding(self, on: bool) -> None:
        value = 0xFF00 if on else 0x0000
        self._transact(struct.pack(">BHH", 0x05, self.COIL_SOUNDING, value))
        log.info("fog signal sounding set to %s", on)

    def air_pressure_kpa(self) -> float:
        reply = self._transact(struct.pack(">BHH", 0x03, self.REG_AIR_PRESSURE, 1))
        (raw,) = struct.unpack(">H", reply[2:4])
        return raw / 10.0


def apply_visibility(visibility_m: float, controller: FogSignalController | None = None) -> bool:
    ctl = controller or FogSignalController()
    sounding = visibility_m < 2000
    if sounding and ctl.air_pressure_kpa() < 350:
        log.warning("air receiver pressure low, sounding may be faint")
    ctl.set_sounding(sounding)
    return sounding
