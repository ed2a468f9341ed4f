"""Session layer for the residence-hall door panels.

Panels in the older halls speak protocol v2: after the TCP handshake the
head-end sends a session key wrapped under the panel master key, then every
command frame is encrypted and length-prefixed.
"""
import os
import socket
import struct

from Crypto.Cipher import DES3 as _TDES
from Crypto.Util.Padding import pad, unpad

FRAME_HDR = struct.Struct(">HB")  # length, command
CMD_UNLOCK = 0x21
CMD_STATUS = 0x30


class PanelSession:
    def __init__(self, host: str, port: int, session_key: bytes, timeout: float = 5.0):
        self._sock = socket.create_connection((host, port), timeout=timeout)
        self._key = _TDES.adjust_key_parity(session_key)

    def _seal(self, body: bytes) -> bytes:
        iv = os.urandom(8)
        cipher = _TDES.new(self._key, _TDES.MODE_CBC, iv)
        return iv + cipher.encrypt(pad(body, 8))

    def _open(self, blob: bytes) -> bytes:
        iv, ct = blob[:8], blob[8:]
        return unpad(_TDES.new(self._key, _TDES.MODE_CBC, iv).decrypt(ct), 8)

    def send(self, command: int, body: bytes = b"") -> bytes:
        sealed = self._seal(body)
        self._sock.sendall(FRAME_HDR.pack(len(sealed), command) + sealed)
        length, _cmd = FRAME_HDR.unpack(self._recv_exact(FRAME_HDR.size))
        return self._open(self._recv_exact(length))

    def _recv_exact(self, n: int) -> bytes:
        buf = b""
        while len(buf) < n:
            chunk = self._sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("panel closed the connection")
            buf += chunk
        return buf

    def unlock(self, door_id: int, seconds: int = 5) -> bool:
        reply = self.send(CMD_UNLOCK, struct.pack(">HB", door_id, seconds))
        return reply[:1] == b"\x00"

    def close(self) -> None:
        self._sock.close()
