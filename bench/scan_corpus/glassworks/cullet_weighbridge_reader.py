"""Read cullet and raw-material weights from the batch house weighbridge.

The weighbridge indicator speaks Modbus TCP.  Gross weight is held in two
consecutive holding registers (32-bit, tenths of a kilogram).
"""
from __future__ import annotations

import logging
import socket
import struct
from dataclasses import dataclass

log = logging.getLogger("glassworks.batch.weighbridge")

INDICATOR_ENDPOINT = ("10.42.17.30", 502)
UNIT_ID = 1
GROSS_REGISTER = 0x0010


@dataclass
class WeighReading:
    gross_kg: float
    stable: bool


class ModbusTcpClient:
    def __init__(self, endpoint: tuple[str, int] = INDICATOR_ENDPOINT, timeout: float = 3.0):
        self.endpoint = endpoint
        self.timeout = timeout
        self._tx = 0

    def read_holding(self, address: int, count: int) -> bytes:
        self._tx = (self._tx + 1) & 0xFFFF
        pdu = struct.pack(">BHH", 0x03, address, count)
        frame = struct.pack(">HHHB", self._tx, 0, len(pdu) + 1, UNIT_ID) + pdu
        with socket.create_connection(self.endpoint, timeout=self.timeout) as sock:
            sock.sendall(frame)
            header = sock.recv(9)
            if len(header) < 9 or header[7] != 0x03:
                raise IOError(f"unexpected modbus reply {header!r}")
            length = header[8]
            data = b""
            while len(data) < length:
                chunk = sock.recv(length - len(data))
                if not chunk:
                    raise IOError("connection closed mid-frame")
                data += chunk
        return data


def read_weight(client: ModbusTcpClient | None = None) -> WeighReading:
    client = client or ModbusTcpClient()
    raw = client.read_holding(GROSS_REGISTER, 3)
    gross_tenths, status = struct.unpack(">iH", raw[:6])
    reading = WeighReading(gross_kg=gross_tenths / 10.0, stable=bool(status & 0x0001))
    log.debug("weighbridge reading %s", reading)
    return reading


if __name__ == "__main__":
    print(read_weight())
