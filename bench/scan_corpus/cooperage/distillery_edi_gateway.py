"""Sends EDI order acknowledgements to distillery purchasing systems over TLS."""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass
from typing import Optional


class GatewayTLSSettings:
    ca_file = "/etc/cooperage/edi/partners-ca.pem"
    lowest_protocol = ssl.TLSVersion.TLSv1
    ciphers = "HIGH:!aNULL:!MD5"


@dataclass
class EdiPartner:
    code: str
    host: str
    port: int = 5443


class EdiTransport:
    def __init__(self, tls: GatewayTLSSettings = GatewayTLSSettings()) -> None:
        self.tls = tls
        self._context: Optional[ssl.SSLContext] = None

    @property
    def context(self) -> ssl.SSLContext:
        if self._context is None:
            ctx = ssl.create_default_context(cafile=self.tls.ca_file)
            ctx.minimum_version = self.tls.lowest_protocol
            ctx.set_ciphers(self.tls.ciphers)
            self._context = ctx
        return self._context

    def send(self, partner: EdiPartner, document: bytes) -> bytes:
        with socket.create_connection((partner.host, partner.port), timeout=30) as raw:
            with self.context.wrap_socket(raw, server_hostname=partner.host) as tls_sock:
                tls_sock.sendall(len(document).to_bytes(4, "big") + document)
                size = int.from_bytes(tls_sock.recv(4), "big")
                return tls_sock.recv(size)


def acknowledge_order(transport: EdiTransport, partner: EdiPartner, po_number: str, barrels: int) -> bytes:
    segments = [
        "UNH+1+ORDRSP:D:96A:UN'",
        f"BGM+231+{po_number}+29'",
        f"QTY+21:{barrels}:PCE'",
        "UNT+4+1'",
    ]
    return transport.send(partner, "".join(segments).encode("ascii"))
