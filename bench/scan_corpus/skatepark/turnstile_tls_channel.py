"""Mutual-TLS channel from the access server to the turnstile controllers at each gate."""
from __future__ import annotations

import json
import logging
import os
import socket
import ssl
from dataclasses import dataclass, field

log = logging.getLogger("turnstiles.channel")


@dataclass
class ControllerSettings:
    host: str
    port: int = 8443
    ca_file: str = field(default_factory=lambda: os.environ.get("TURNSTILE_CA", "/etc/rampworks/turnstile-ca.pem"))
    client_cert: str = field(default_factory=lambda: os.environ.get("TURNSTILE_CERT", "/etc/rampworks/access.crt"))
    client_key: str = field(default_factory=lambda: os.environ.get("TURNSTILE_KEY", "/etc/rampworks/access.key"))
    timeout: float = 5.0


def build_context(settings: ControllerSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=settings.ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(certfile=settings.client_cert, keyfile=settings.client_key)
    return ctx


class TurnstileChannel:
    def __init__(self, settings: ControllerSettings) -> None:
        self.settings = settings
        self._ctx = build_context(settings)

    def _send(self, message: dict) -> dict:
        raw = socket.create_connection((self.settings.host, self.settings.port), self.settings.timeout)
        with self._ctx.wrap_socket(raw, server_hostname=self.settings.host) as conn:
            conn.sendall(json.dumps(message).encode("utf-8") + b"\n")
            buf = b""
            while not buf.endswith(b"\n"):
                chunk = conn.recv(4096)
                if not chunk:
                    break
                buf += chunk
        return json.loads(buf or b"{}")

    def open_gate(self, gate: str, member_id: int) -> bool:
        reply = self._send({"cmd": "open", "gate": gate, "member": member_id})
        log.info("gate %s open for member %s: %s", gate, member_id, reply.get("status"))
        return reply.get("status") == "ok"

    def lockdown(self, reason: str) -> None:
        self._send({"cmd": "lockdown", "reason": reason[:64]})
        log.warning("turnstile lockdown requested: %s", reason)

    def status(self) -> dict:
        return self._send({"cmd": "status"})
