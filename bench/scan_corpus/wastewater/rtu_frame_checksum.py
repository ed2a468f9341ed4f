"""Decode Modbus RTU responses from flow meters on the serial telemetry loop."""
from __future__ import annotations

import struct
from dataclasses import dataclass

import serial


def crc16_modbus(data: bytes) -> int:
    crc = 0xFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


@dataclass(frozen=True)
class RegisterRead:
    unit_id: int
    registers: tuple[int, ...]


class FrameError(ValueError):
    pass


class FlowMeterBus:
    def __init__(self, port: str, baudrate: int = 19200) -> None:
        self.link = serial.Serial(port, baudrate=baudrate, parity=serial.PARITY_EVEN, timeout=0.5)

    @staticmethod
    def request(unit_id: int, start: int, count: int) -> bytes:
        pdu = struct.pack(">BBHH", unit_id, 0x03, start, count)
        return pdu + struct.pack("<H", crc16_modbus(pdu))

    @staticmethod
    def decode(frame: bytes) -> RegisterRead:
        if len(frame) < 5:
            raise FrameError("short frame")
        body, (received_crc,) = frame[:-2], struct.unpack("<H", frame[-2:])
        if crc16_modbus(body) != received_crc:
            raise FrameError("CRC mismatch")
        unit_id, function, byte_count = body[0], body[1], body[2]
        if function != 0x03 or byte_count != len(body) - 3:
            raise FrameError(f"unexpected function {function:#x}")
        registers = struct.unpack(f">{byte_count // 2}H", body[3:])
        return RegisterRead(unit_id, registers)

    def read_flow(self, unit_id: int) -> float:
        self.link.write(self.request(unit_id, start=0x0100, count=2))
        reply = self.decode(self.link.read(9))
        high, low = reply.registers
        return struct.unpack(">f", struct.pack(">HH", high, low))[0]
