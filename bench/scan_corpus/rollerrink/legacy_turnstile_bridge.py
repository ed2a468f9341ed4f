"""Bridge between the ticketing server and the entrance turnstile controllers.

The turnstile controllers accept an "open gate" frame over the rink LAN. The
frame is encrypted with the controller's shared key; the controller address
and key come from the site configuration.
"""
from __future__ import annotations

import os
import socket
import struct
import time
from dataclasses import dataclass

from Crypto.Cipher import AES, DES3
from Crypto.Util.Padding import pad

FRAME_CIPHERS = {
    "gatekeeper-v2": DES3,
    "gatekeeper-v4": AES,
}


@dataclass
class TurnstileController:
    name: str
    host: str
    port: int
    protocol: str
    key: bytes


def load_controllers() -> list[TurnstileController]:
    controllers = []
    for name in os.environ.get("TURNSTILES", "").split(","):
        name = name.strip()
        if not name:
            continue
        prefix = f"TURNSTILE_{name.upper()}_"
        controllers.append(TurnstileController(
            name=name,
            host=os.environ[prefix + "HOST"],
            port=int(os.environ.get(prefix + "PORT", "7070")),
            protocol=os.environ.get(prefix + "PROTOCOL", "gatekeeper-v2"),
            key=bytes.fromhex(os.environ[prefix + "KEY"]),
        ))
    return controllers


class TurnstileBridge:
    def __init__(self, controller: TurnstileController) -> None:
        self.controller = controller

    def _encrypt(self, frame: bytes) -> bytes:
        cipher_cls = FRAME_CIPHERS[self.controller.protocol]
        iv = os.urandom(cipher_cls.block_size)
        cipher = cipher_cls.new(self.controller.key, cipher_cls.MODE_CBC, iv)
        return iv + cipher.encrypt(pad(frame, cipher_cls.block_size))

    def open_gate(self, ticket_id: int, lane: int) -> None:
        frame = struct.pack(">IBQ", ticket_id, lane, int(time.time()))
        packet = self._encrypt(frame)
        with socket.create_connection((self.controller.host, self.controller.port), timeout=2) as sock:
            sock.sendall(struct.pack(">H", len(packet)) + packet)
            if sock.recv(1) != b"\x06":
                raise ConnectionError(f"turnstile {self.controller.name} refused frame")
