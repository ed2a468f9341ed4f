"""Command channel to the satellite irrigation controllers out on the course."""
from __future__ import annotations

import os
import socket
import struct
from dataclasses import dataclass, field

from Crypto.Cipher import DES3
from Crypto.Util.Padding import pad, unpad


@dataclass
class ControllerProtocol:
    cipher: object = DES3
    block_size: int = 8
    port: int = 5020


@dataclass
class SatelliteController:
    name: str
    host: str
    protocol: ControllerProtocol = field(default_factory=ControllerProtocol)


class IrrigationLink:
    def __init__(self, controller: SatelliteController, key: bytes) -> None:
        self._controller = controller
        self._key = key

    @classmethod
    def for_controller(cls, controller: SatelliteController) -> "IrrigationLink":
        return cls(controller, bytes.fromhex(os.environ["IRRIGATION_LINK_KEY"]))

    def _encrypt(self, payload: bytes) -> bytes:
        proto = self._controller.protocol
        iv = os.urandom(proto.block_size)
        cipher = proto.cipher.new(self._key, proto.cipher.MODE_CBC, iv)
        return iv + cipher.encrypt(pad(payload, proto.block_size))

    def _decrypt(self, frame: bytes) -> bytes:
        proto = self._controller.protocol
        iv, body = frame[: proto.block_size], frame[proto.block_size :]
        cipher = proto.cipher.new(self._key, proto.cipher.MODE_CBC, iv)
        return unpad(cipher.decrypt(body), proto.block_size)

    def _exchange(self, payload: bytes) -> bytes:
        frame = self._encrypt(payload)
        address = (self._controller.host, self._controller.protocol.port)
        with socket.create_connection(address, timeout=5) as sock:
            sock.sendall(struct.pack(">H", len(frame)) + frame)
            size = struct.unpack(">H", sock.recv(2))[0]
            return self._decrypt(sock.recv(size))

    def start_zone(self, zone: int, minutes: int) -> bool:
        reply = self._exchange(f"RUN {zone:03d} {minutes:02d}".encode())
        return reply.startswith(b"OK")

    def stop_all(self) -> bool:
        return self._exchange(b"STOP ALL").startswith(b"OK")
