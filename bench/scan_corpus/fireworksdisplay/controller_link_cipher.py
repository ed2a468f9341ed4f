"""Link-layer encryption for the current generation of rack firing controllers (serial over RS-485)."""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass

import serial
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

FRAME = struct.Struct(">HI")  # payload length, frame counter


@dataclass(frozen=True)
class RackLinkSettings:
    port: str
    baudrate: int
    link_key: bytes

    @classmethod
    def from_env(cls) -> "RackLinkSettings":
        return cls(
            port=os.environ.get("RACK_SERIAL_PORT", "/dev/ttyUSB0"),
            baudrate=int(os.environ.get("RACK_SERIAL_BAUD", "115200")),
            link_key=bytes.fromhex(os.environ["RACK_LINK_KEY_HEX"]),
        )


class RackLink:
    def __init__(self, settings: RackLinkSettings) -> None:
        self._aead = ChaCha20Poly1305(settings.link_key)
        self._port = serial.Serial(settings.port, settings.baudrate, timeout=2)
        self._counter = 0
        self._peer_counter = -1

    def _seal(self, payload: bytes) -> bytes:
        self._counter += 1
        header = FRAME.pack(len(payload), self._counter)
        nonce = os.urandom(12)
        return header + nonce + self._aead.encrypt(nonce, payload, header)

    def _open(self, frame: bytes) -> bytes:
        header, nonce, body = frame[: FRAME.size], frame[FRAME.size : FRAME.size + 12], frame[FRAME.size + 12 :]
        _, counter = FRAME.unpack(header)
        if counter <= self._peer_counter:
            raise ValueError("replayed frame from rack controller")
        try:
            payload = self._aead.decrypt(nonce, body, header)
        except InvalidTag as exc:
            raise ValueError("frame failed authentication") from exc
        self._peer_counter = counter
        return payload

    def send(self, command: bytes) -> bytes:
        frame = self._seal(command)
        self._port.write(struct.pack(">H", len(frame)) + frame)
        size = struct.unpack(">H", self._port.read(2))[0]
        return self._open(self._port.read(size))

    def close(self) -> None:
        self._port.close()
