"""Link to the load moment indicator (LMI) gateway on older lattice-boom cranes.

The gateway speaks a small framed protocol over TCP: a 2-byte length, an
8-byte IV and an encrypted JSON body. Newer cranes use the MQTT feed instead.
"""
import json
import os
import socket
import struct
from dataclasses import dataclass
from typing import Any, Dict

from Crypto.Cipher import DES3 as _LinkCipher
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


@dataclass
class LinkSettings:
    host: str
    port: int
    key: bytes
    timeout: float = 8.0

    @classmethod
    def from_env(cls) -> "LinkSettings":
        return cls(
            host=os.environ["LMI_GATEWAY_HOST"],
            port=int(os.environ.get("LMI_GATEWAY_PORT", "7020")),
            key=bytes.fromhex(os.environ["LMI_GATEWAY_KEY"]),
        )


class LmiLink:
    def __init__(self, settings: LinkSettings) -> None:
        self._settings = settings
        self._sock = None

    def __enter__(self) -> "LmiLink":
        self._sock = socket.create_connection(
            (self._settings.host, self._settings.port), timeout=self._settings.timeout
        )
        return self

    def __exit__(self, *exc) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def _encrypt(self, body: bytes) -> bytes:
        iv = get_random_bytes(8)
        cipher = _LinkCipher.new(self._settings.key, _LinkCipher.MODE_CBC, iv)
        return iv + cipher.encrypt(pad(body, _LinkCipher.block_size))

    def _decrypt(self, frame: bytes) -> bytes:
        iv, ciphertext = frame[:8], frame[8:]
        cipher = _LinkCipher.new(self._settings.key, _LinkCipher.MODE_CBC, iv)
        return unpad(cipher.decrypt(ciphertext), _LinkCipher.block_size)

    def _recv_exact(self, size: int) -> bytes:
        data = b""
        while len(data) < size:
            chunk = self._sock.recv(size - len(data))
            if not chunk:
                raise ConnectionError("LMI gateway closed the connection")
            data += chunk
        return data

    def request(self, command: str, **params: Any) -> Dict[str, Any]:
        body = json.dumps({"cmd": command, "params": params}).encode()
        frame = self._encrypt(body)
        self._sock.sendall(struct.pack(">H", len(frame)) + frame)
        (length,) = struct.unpack(">H", self._recv_exact(2))
        return json.loads(self._decrypt(self._recv_exact(length)))

    def duty_chart(self) -> Dict[str, Any]:
        return self.request("get_duty", include_counterweight=True)

    def current_load(self) -> Dict[str, Any]:
        return self.request("get_load")
