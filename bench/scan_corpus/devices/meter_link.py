"""Serial link to the legacy heat meters wired to the gateway's RS-485 port."""
import os
import struct

import serial
from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

FRAME_START = 0x68
FRAME_END = 0x16
CMD_READ = 0x5B


def _checksum(data: bytes) -> int:
    return sum(data) & 0xFF


class MeterLink:
    def __init__(self, port: str, baudrate: int = 2400):
        self.ser = serial.Serial(port, baudrate=baudrate, parity=serial.PARITY_EVEN, timeout=2)
        self.key = bytes.fromhex(os.environ["METER_LINK_KEY"])

    def _encrypt(self, payload: bytes) -> bytes:
        iv = get_random_bytes(8)
        cipher = DES3.new(self.key, DES3.MODE_CBC, iv=iv)
        return iv + cipher.encrypt(pad(payload, 8))

    def _decrypt(self, blob: bytes) -> bytes:
        cipher = DES3.new(self.key, DES3.MODE_CBC, iv=blob[:8])
        return unpad(cipher.decrypt(blob[8:]), 8)

    def _frame(self, address: int, body: bytes) -> bytes:
        inner = struct.pack(">BB", CMD_READ, address) + body
        return bytes([FRAME_START, len(inner)]) + inner + bytes([_checksum(inner), FRAME_END])

    def read_register(self, address: int, register: int) -> bytes:
        self.ser.write(self._frame(address, self._encrypt(struct.pack(">H", register))))
        head = self.ser.read(2)
        if len(head) != 2 or head[0] != FRAME_START:
            raise IOError("no response from meter %d" % address)
        rest = self.ser.read(head[1] + 2)
        inner, check = rest[:-2], rest[-2]
        if check != _checksum(inner):
            raise IOError("checksum mismatch")
        return self._decrypt(inner[2:])

    def close(self) -> None:
        self.ser.close()
