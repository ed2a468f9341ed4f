"""TLS client used by the show computer to talk to the field firing-controller gateway."""
from __future__ import annotations

import json
import os
import socket
import ssl
from dataclasses import dataclass

GATEWAY_MIN_TLS = ssl.TLSVersion.TLSv1
READ_CHUNK = 4096


@dataclass(frozen=True)
class GatewayConfig:
    host: str
    port: int
    ca_file: str
    client_cert: str
    client_key: str

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            host=os.environ["FIRING_GATEWAY_HOST"],
            port=int(os.environ.get("FIRING_GATEWAY_PORT", "8443")),
            ca_file=os.environ["FIRING_GATEWAY_CA"],
            client_cert=os.environ["SHOW_PC_CERT"],
            client_key=os.environ["SHOW_PC_KEY"],
        )


def build_context(config: GatewayConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=config.ca_file)
    ctx.minimum_version = GATEWAY_MIN_TLS
    ctx.load_cert_chain(config.client_cert, config.client_key)
    return ctx


class GatewaySession:
    def __init__(self, config: GatewayConfig) -> None:
        self._config = config
        self._ctx = build_context(config)
        self._sock: ssl.SSLSocket | None = None

    def connect(self) -> None:
        raw = socket.create_connection((self._config.host, self._config.port), timeout=5)
        self._sock = self._ctx.wrap_socket(raw, server_hostname=self._config.host)

    def request(self, op: str, **params) -> dict:
        if self._sock is None:
            self.connect()
        assert self._sock is not None
        self._sock.sendall(json.dumps({"op": op, "params": params}).encode() + b"\n")
        buf = b""
        while not buf.endswith(b"\n"):
            chunk = self._sock.recv(READ_CHUNK)
            if not chunk:
                raise ConnectionError("gateway closed the connection")
            buf += chunk
        return json.loads(buf)

    def arm(self, show_id: str, console_id: str) -> dict:
        return self.request("arm", show_id=show_id, console_id=console_id)

    def fire_cue(self, cue: int) -> dict:
        return self.request("fire", cue=cue)

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None
