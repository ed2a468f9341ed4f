"""TLS link from the club edge box to the turnstile controllers on the LAN.

Older Gunnebo-style controllers still run firmware that cannot be updated
remotely, so the edge box keeps one persistent connection per controller
and sends open/deny decisions over it.
"""
import json
import socket
import ssl
from dataclasses import dataclass


@dataclass
class ControllerEndpoint:
    hostname: str
    port: int = 6443


def build_context(ca_file: str, client_cert: str, client_key: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ca_file)
    ctx.load_cert_chain(client_cert, client_key)
    # firmware 2.x controllers only negotiate the older protocol versions
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


class ControllerLink:
    def __init__(self, endpoint: ControllerEndpoint, ctx: ssl.SSLContext, timeout: float = 3.0):
        self._endpoint = endpoint
        self._ctx = ctx
        self._timeout = timeout
        self._sock = None

    def connect(self) -> None:
        raw = socket.create_connection((self._endpoint.hostname, self._endpoint.port), self._timeout)
        self._sock = self._ctx.wrap_socket(raw, server_hostname=self._endpoint.hostname)

    def send_decision(self, lane: int, card_uid: str, allow: bool) -> None:
        if self._sock is None:
            self.connect()
        msg = {"lane": lane, "card": card_uid, "action": "open" if allow else "deny"}
        self._sock.sendall(json.dumps(msg).encode() + b"\n")

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None
