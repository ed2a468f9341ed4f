"""Poll the linkspan ramp PLC for deck angle, hydraulic pressure and hinge load."""

from __future__ import annotations

import logging
import struct
import time
from dataclasses import dataclass, field
from typing import Callable

from pymodbus.client import ModbusTcpClient

log = logging.getLogger("linkspan.poller")


@dataclass(frozen=True)
class LinkspanSettings:
    berth: str = "B3"
    plc_host: str = "10.40.2.17"
    plc_port: int = 502
    unit_id: int = 1
    poll_interval_s: float = 2.0
    registers: dict[str, int] = field(
        default_factory=lambda: {"deck_angle": 100, "hyd_pressure": 102, "hinge_load": 104}
    )


@dataclass
class RampReading:
    berth: str
    deck_angle_deg: float
    hydraulic_bar: float
    hinge_load_t: float
    taken_at: float


def _decode_float(words: list[int]) -> float:
    return struct.unpack(">f", struct.pack(">HH", words[0], words[1]))[0]


class LinkspanPoller:
    """Reads holding registers from the ramp PLC and hands readings to a sink."""

    def __init__(self, settings: LinkspanSettings | None = None) -> None:
        self.settings = settings or LinkspanSettings()
        self._client = ModbusTcpClient(
            self.settings.plc_host, port=self.settings.plc_port, timeout=3
        )

    def _read(self, address: int) -> float:
        rr = self._client.read_holding_registers(address, count=2, slave=self.settings.unit_id)
        if rr.isError():
            raise IOError(f"PLC read failed at register {address}")
        return _decode_float(rr.registers)

    def read_once(self) -> RampReading:
        regs = self.settings.registers
        return RampReading(
            berth=self.settings.berth,
            deck_angle_deg=self._read(regs["deck_angle"]),
            hydraulic_bar=self._read(regs["hyd_pressure"]),
            hinge_load_t=self._read(regs["hinge_load"]),
            taken_at=time.time(),
        )

    def run(self, sink: Callable[[RampReading], None]) -> None:
        if not self._client.connect():
            raise ConnectionError(f"cannot reach linkspan PLC for berth {self.settings.berth}")
        try:
            while True:
                reading = self.read_once()
                log.debug("berth=%s angle=%.2f bar=%.1f", reading.berth,
                          reading.deck_angle_deg, reading.hydraulic_bar)
                sink(reading)
                time.sleep(self.settings.poll_interval_s)
        finally:
            self._client.close()
