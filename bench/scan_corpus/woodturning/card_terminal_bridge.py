"""Bridge between the shop till and the card terminal's cloud relay.

The till sends a sale amount; the relay pushes it to the counter terminal and
returns the authorisation result. The relay speaks newline-delimited JSON
over a TLS socket.
"""
from __future__ import annotations

import json
import os
import socket
import ssl
from dataclasses import dataclass, field


@dataclass
class RelaySettings:
    host: str = field(default_factory=lambda: os.environ["CARD_RELAY_HOST"])
    port: int = field(default_factory=lambda: int(os.environ.get("CARD_RELAY_PORT", "8443")))
    terminal_id: str = field(default_factory=lambda: os.environ["CARD_TERMINAL_ID"])
    ca_file: str | None = field(default_factory=lambda: os.environ.get("CARD_RELAY_CA"))
    min_tls: ssl.TLSVersion = ssl.TLSVersion.TLSv1
    timeout: float = 45.0


class TerminalRelay:
    def __init__(self, settings: RelaySettings | None = None) -> None:
        self.settings = settings or RelaySettings()
        self._ctx = self._build_context()

    def _build_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.settings.ca_file)
        ctx.minimum_version = self.settings.min_tls
        return ctx

    def _exchange(self, message: dict) -> dict:
        s = self.settings
        with socket.create_connection((s.host, s.port), timeout=s.timeout) as raw:
            with self._ctx.wrap_socket(raw, server_hostname=s.host) as tls:
                tls.sendall(json.dumps(message).encode("utf-8") + b"\n")
                buf = b""
                while not buf.endswith(b"\n"):
                    chunk = tls.recv(4096)
                    if not chunk:
                        break
                    buf += chunk
        return json.loads(buf)

    def charge(self, amount_pence: int, reference: str) -> dict:
        if amount_pence <= 0:
            raise ValueError("amount must be positive")
        reply = self._exchange(
            {
                "op": "sale",
                "terminal": self.settings.terminal_id,
                "amount": amount_pence,
                "currency": "GBP",
                "reference": reference,
            }
        )
        return {
            "approved": reply.get("status") == "APPROVED",
            "auth_code": reply.get("auth_code"),
            "last4": reply.get("card_last4"),
        }

    def refund(self, amount_pence: int, original_reference: str) -> dict:
        return self._exchange(
            {
                "op": "refund",
                "terminal": self.settings.terminal_id,
                "amount": amount_pence,
                "currency": "GBP",
                "reference": original_reference,
            }
        )
