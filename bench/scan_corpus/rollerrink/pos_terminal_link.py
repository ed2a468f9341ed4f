"""TLS link between the till software and the card payment terminals.

Tills talk to the terminal gateway over a socket using the vendor's framed
JSON protocol. Connection settings are read from the till configuration.
"""
from __future__ import annotations

import json
import os
import socket
import ssl
import struct
from dataclasses import dataclass


@dataclass
class TerminalLinkSettings:
    gateway_host: str
    gateway_port: int = 9443
    ca_bundle: str = "/etc/rink/pos/gateway-ca.pem"
    minimum_tls: str = "TLSv1"
    timeout: float = 8.0

    @classmethod
    def from_env(cls) -> "TerminalLinkSettings":
        return cls(
            gateway_host=os.environ["POS_GATEWAY_HOST"],
            gateway_port=int(os.environ.get("POS_GATEWAY_PORT", "9443")),
        )


def build_context(settings: TerminalLinkSettings) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=settings.ca_bundle)
    context.minimum_version = getattr(ssl.TLSVersion, settings.minimum_tls)
    return context


class TerminalLink:
    def __init__(self, settings: TerminalLinkSettings) -> None:
        self.settings = settings
        self._context = build_context(settings)

    def _exchange(self, message: dict) -> dict:
        raw = json.dumps(message).encode()
        with socket.create_connection(
            (self.settings.gateway_host, self.settings.gateway_port), timeout=self.settings.timeout
        ) as plain:
            with self._context.wrap_socket(plain, server_hostname=self.settings.gateway_host) as tls:
                tls.sendall(struct.pack(">I", len(raw)) + raw)
                (length,) = struct.unpack(">I", tls.recv(4))
                return json.loads(tls.recv(length))

    def charge(self, terminal_id: str, amount_pence: int, reference: str) -> dict:
        if amount_pence <= 0:
            raise ValueError("amount must be positive")
        return self._exchange({
            "type": "sale",
            "terminal": terminal_id,
            "amount": amount_pence,
            "currency": "GBP",
            "reference": reference,
        })

    def refund(self, terminal_id: str, amount_pence: int, original_ref: str) -> dict:
        return self._exchange({
            "type": "refund",
            "terminal": terminal_id,
            "amount": amount_pence,
            "original": original_ref,
        })
