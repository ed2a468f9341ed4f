"""TLS link between the shop tills and the card terminal gateway.

The terminals sit on the shop LAN; the gateway speaks a line-based JSON
protocol over TLS with mutual certificates issued by the farm's own CA.
"""
from __future__ import annotations

import json
import os
import socket
import ssl
from dataclasses import dataclass


@dataclass(frozen=True)
class TerminalLinkSettings:
    host: str = os.environ.get("POS_GATEWAY_HOST", "pos-gateway.shop.internal")
    port: int = int(os.environ.get("POS_GATEWAY_PORT", "8443"))
    ca_file: str = "/etc/pumpkinpatch/pki/shop-ca.pem"
    cert_file: str = "/etc/pumpkinpatch/pki/till.crt"
    key_file: str = "/etc/pumpkinpatch/pki/till.key"
    timeout: float = 20.0


def make_context(settings: TerminalLinkSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=settings.ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(settings.cert_file, settings.key_file)
    return ctx


class TerminalLink:
    def __init__(self, settings: TerminalLinkSettings | None = None) -> None:
        self.settings = settings or TerminalLinkSettings()
        self._ctx = make_context(self.settings)

    def _exchange(self, message: dict) -> dict:
        raw = socket.create_connection(
            (self.settings.host, self.settings.port), timeout=self.settings.timeout
        )
        with self._ctx.wrap_socket(raw, server_hostname=self.settings.host) as conn:
            conn.sendall(json.dumps(message).encode("utf-8") + b"\n")
            buf = b""
            while not buf.endswith(b"\n"):
                chunk = conn.recv(4096)
                if not chunk:
                    break
                buf += chunk
        return json.loads(buf)

    def start_payment(self, terminal_id: str, amount_pence: int, reference: str) -> dict:
        return self._exchange({
            "op": "sale",
            "terminal": terminal_id,
            "amount": amount_pence,
            "currency": "GBP",
            "reference": reference,
        })

    def status(self, terminal_id: str) -> dict:
        return self._exchange({"op": "status", "terminal": terminal_id})
