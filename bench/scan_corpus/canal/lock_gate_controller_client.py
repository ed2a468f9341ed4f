"""Modbus/TCP client for the paddle and gate actuators at staffed lock flights.

The lock-side panel PC talks to the PLC that drives the gate rams. Each
request reads or writes a single holding register.
"""
from __future__ import annotations

import socket
import struct
from dataclasses import dataclass, field


@dataclass(frozen=True)
class GateControllerSettings:
    host: str = "10.40.2.17"
    port: int = 502
    unit_id: int = 1
    timeout: float = 3.0
    registers: dict[str, int] = field(
        default_factory=lambda: {"top_gate": 40001, "bottom_gate": 40002, "paddle": 40010}
    )


class LockGateClient:
    """Minimal Modbus function 3/6 client for one lock chamber."""

    def __init__(self, settings: GateControllerSettings | None = None) -> None:
        self.settings = settings or GateControllerSettings()
        self._transaction = 0

    def _frame(self, function: int, payload: bytes) -> bytes:
        self._transaction = (self._transaction + 1) % 0xFFFF
        pdu = struct.pack(">B", function) + payload
        header = struct.pack(">HHHB", self._transaction, 0, len(pdu) + 1, self.settings.unit_id)
        return header + pdu

    def _exchange(self, frame: bytes) -> bytes:
        address = (self.settings.host, self.settings.port)
        with socket.create_connection(address, timeout=self.settings.timeout) as conn:
            conn.sendall(frame)
            return conn.recv(260)

    def read_register(self, name: str) -> int:
        register = self.settings.registers[name] - 40001
        reply = self._exchange(self._frame(3, struct.pack(">HH", register, 1)))
        (value,) = struct.unpack(">H", reply[9:11])
        return value

    def write_register(self, name: str, value: int) -> None:
        register = self.settings.registers[name] - 40001
        self._exchange(self._frame(6, struct.pack(">HH", register, value)))


class LockChamber:
    """High level operations used by the lock-keeper touch panel."""

    def __init__(self, client: LockGateClient) -> None:
        self.client = client

    def open_top_gate(self) -> None:
        if self.client.read_register("paddle") != 0:
            raise RuntimeError("close paddles before opening the top gate")
        self.client.write_register("top_gate", 1)

    def gate_state(self) -> dict[str, int]:
        return {name: self.client.read_register(name) for name in ("top_gate", "bottom_gate")}


if __name__ == "__main__":
    chamber = LockChamber(LockGateClient())
    print(chamber.gate_state())
