"""Framing for the serial link to the older string pinsetter controllers.

The controller firmware (rev 4.x) encrypts the frame body with a shared
key provisioned by the vendor. Frames are:

    STX | len (2 bytes BE) | iv (8 bytes) | body | ETX
"""
from __future__ import annotations

import os
import struct

import serial
from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad, unpad

STX, ETX = b"\x02", b"\x03"


class LegacyPinsetterLink:
    def __init__(self, port: str, key: bytes | None = None, baudrate: int = 19200):
        self._key = key or bytes.fromhex(os.environ["PINSETTER_LINK_KEY"])
        self._serial = serial.Serial(port, baudrate=baudrate, timeout=1.0)

    def _frame(self, body: bytes) -> bytes:
        iv = os.urandom(Blowfish.block_size)
        cipher = Blowfish.new(self._key, Blowfish.MODE_CBC, iv)
        encrypted = iv + cipher.encrypt(pad(body, Blowfish.block_size))
        return STX + struct.pack(">H", len(encrypted)) + encrypted + ETX

    def _unframe(self, frame: bytes) -> bytes:
        if frame[:1] != STX or frame[-1:] != ETX:
            raise ValueError("bad frame delimiters")
        (length,) = struct.unpack(">H", frame[1:3])
        payload = frame[3 : 3 + length]
        iv, body = payload[:8], payload[8:]
        cipher = Blowfish.new(self._key, Blowfish.MODE_CBC, iv)
        return unpad(cipher.decrypt(body), Blowfish.block_size)

    def send_command(self, lane: int, command: str) -> bytes:
        body = f"{lane:02d}{command}".encode("ascii")
        self._serial.write(self._frame(body))
        reply = self._serial.read_until(ETX)
        return self._unframe(reply)

    def reset_lane(self, lane: int) -> bytes:
        return self.send_command(lane, "RST")

    def close(self) -> None:
        self._serial.close()
