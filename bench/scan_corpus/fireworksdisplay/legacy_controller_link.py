"""Serial link to the older generation of rack firing controllers still used on barge shows."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import serial
from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

log = logging.getLogger(__name__)

FRAME_START = b"\x02"
FRAME_END = b"\x03"


@dataclass(frozen=True)
class LinkSettings:
    port: str
    baudrate: int
    link_key: bytes

    @classmethod
    def from_env(cls) -> "LinkSettings":
        return cls(
            port=os.environ.get("RACK_SERIAL_PORT", "/dev/ttyUSB0"),
            baudrate=int(os.environ.get("RACK_SERIAL_BAUD", "57600")),
            link_key=bytes.fromhex(os.environ["RACK_LINK_KEY_HEX"]),
        )


class LegacyControllerLink:
    def __init__(self, settings: LinkSettings) -> None:
        self._settings = settings
        self._port = serial.Serial(settings.port, settings.baudrate, timeout=2)

    def _encrypt(self, payload: bytes) -> bytes:
        iv = get_random_bytes(8)
        cipher = DES3.new(self._settings.link_key, DES3.MODE_CBC, iv)
        return iv + cipher.encrypt(pad(payload, DES3.block_size))

    def _decrypt(self, blob: bytes) -> bytes:
        iv, body = blob[:8], blob[8:]
        cipher = DES3.new(self._settings.link_key, DES3.MODE_CBC, iv)
        return unpad(cipher.decrypt(body), DES3.block_size)

    def send_command(self, command: str, *args: str) -> str:
        line = " ".join((command, *args)).encode("ascii")
        frame = FRAME_START + self._encrypt(line).hex().encode() + FRAME_END
        self._port.write(frame)
        raw = self._port.read_until(FRAME_END)
        if not raw.startswith(FRAME_START) or not raw.endswith(FRAME_END):
            raise IOError("incomplete frame from rack controller")
        reply = self._decrypt(bytes.fromhex(raw[1:-1].decode())).decode("ascii")
        log.debug("rack %s -> %s", command, reply.split(" ", 1)[0])
        return reply

    def continuity_check(self, rail: int) -> dict[int, bool]:
        reply = self.send_command("CONT", str(rail))
        return {i: ch == "1" for i, ch in enumerate(reply.split(" ", 1)[-1])}

    def close(self) -> None:
        self._port.close()
