"""TLS bridge between the shop till and the countertop card payment terminal."""
from __future__ import annotations

import json
import socket
import ssl
from dataclasses import dataclass
from typing import Any

TERMINAL_DEFAULTS: dict[str, Any] = {
    "port": 8443,
    "ca_file": "/etc/shoerepair/pos/terminal-ca.pem",
    "min_version": ssl.TLSVersion.TLSv1,
    "timeout_s": 20.0,
}


@dataclass
class TerminalEndpoint:
    host: str
    port: int
    ca_file: str
    min_version: ssl.TLSVersion
    timeout_s: float


def endpoint_for(host: str, **overrides: Any) -> TerminalEndpoint:
    return TerminalEndpoint(host=host, **{**TERMINAL_DEFAULTS, **overrides})


class TerminalBridge:
    def __init__(self, endpoint: TerminalEndpoint) -> None:
        self.endpoint = endpoint

    def _context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.endpoint.ca_file)
        ctx.minimum_version = self.endpoint.min_version
        return ctx

    def _exchange(self, message: dict[str, Any]) -> dict[str, Any]:
        raw = socket.create_connection((self.endpoint.host, self.endpoint.port), self.endpoint.timeout_s)
        with self._context().wrap_socket(raw, server_hostname=self.endpoint.host) as tls:
            tls.sendall(json.dumps(message).encode() + b"\n")
            reply = tls.makefile("rb").readline()
        return json.loads(reply)

    def request_payment(self, ticket_no: str, amount_pence: int) -> dict[str, Any]:
        return self._exchange({
            "type": "SALE",
            "reference": ticket_no,
            "amount": amount_pence,
            "currency": "GBP",
        })

    def refund(self, ticket_no: str, amount_pence: int) -> dict[str, Any]:
        return self._exchange({"type": "REFUND", "reference": ticket_no, "amount": amount_pence})
