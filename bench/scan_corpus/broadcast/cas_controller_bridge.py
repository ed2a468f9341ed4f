"""Bridge to the conditional-access controller for the satellite distribution feed.

The controller authorises IRD receivers at affiliate stations. It listens on a
TCP port inside the uplink network; frames are length-prefixed and encrypted
with the shared key provisioned on the controller at install time.
"""
from __future__ import annotations

import logging
import os
import socket
import struct
from dataclasses import dataclass

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

log = logging.getLogger("cas_bridge")

CMD_AUTHORISE = 0x01
CMD_DEAUTHORISE = 0x02
CMD_STATUS = 0x10
STATUS_OK = 0x00


class ControllerError(RuntimeError):
    pass


@dataclass
class ControllerConfig:
    host: str
    port: int
    key: bytes
    timeout: float = 5.0

    @classmethod
    def from_env(cls) -> "ControllerConfig":
        return cls(
            host=os.environ["CAS_CONTROLLER_HOST"],
            port=int(os.environ.get("CAS_CONTROLLER_PORT", "7400")),
            key=bytes.fromhex(os.environ["CAS_CONTROLLER_KEY"]),
        )


class CasBridge:
    def __init__(self, config: ControllerConfig) -> None:
        self.config = config

    def _cipher(self, iv: bytes):
        return DES3.new(self.config.key, DES3.MODE_CBC, iv=iv)

    def _seal(self, body: bytes) -> bytes:
        iv = get_random_bytes(8)
        return iv + self._cipher(iv).encrypt(pad(body, 8))

    def _open(self, frame: bytes) -> bytes:
        iv, ct = frame[:8], frame[8:]
        return unpad(self._cipher(iv).decrypt(ct), 8)

    def _roundtrip(self, cmd: int, payload: bytes) -> bytes:
        sealed = self._seal(struct.pack(">B", cmd) + payload)
        with socket.create_connection(
            (self.config.host, self.config.port), timeout=self.config.timeout
        ) as sock:
            sock.sendall(struct.pack(">H", len(sealed)) + sealed)
            (length,) = struct.unpack(">H", _recv_exact(sock, 2))
            reply = self._open(_recv_exact(sock, length))
        if reply[0] != STATUS_OK:
            raise ControllerError(f"controller returned status 0x{reply[0]:02x}")
        return reply[1:]

    def authorise(self, ird_serial: str, tier: int) -> None:
        log.info("authorising IRD %s for tier %d", ird_serial, tier)
        self._roundtrip(CMD_AUTHORISE, ird_serial.encode("ascii") + bytes([tier]))

    def deauthorise(self, ird_serial: str) -> None:
        log.info("deauthorising IRD %s", ird_serial)
        self._roundtrip(CMD_DEAUTHORISE, ird_serial.encode("ascii"))

    def status(self) -> dict:
        body = self._roundtrip(CMD_STATUS, b"")
        active, pending = struct.unpack(">II", body[:8])
        return {"active": active, "pending": pending}


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ControllerError("connection closed by controller")
        buf.extend(chunk)
    return bytes(buf)
