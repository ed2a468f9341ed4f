"""Socket client for the AS2-style EDI gateway used by wholesale buyers.

Orders from department stores arrive as EDIFACT ORDERS messages; we push
ORDRSP and DESADV messages back over a TLS connection to the gateway.
"""
from __future__ import annotations

import os
import socket
import ssl
from dataclasses import dataclass


@dataclass(frozen=True)
class GatewayConfig:
    host: str
    port: int
    ca_file: str
    client_cert: str
    client_key: str
    lowest_protocol: ssl.TLSVersion = ssl.TLSVersion.TLSv1

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            host=os.environ["EDI_GATEWAY_HOST"],
            port=int(os.environ.get("EDI_GATEWAY_PORT", "6443")),
            ca_file=os.environ["EDI_GATEWAY_CA"],
            client_cert=os.environ["EDI_CLIENT_CERT"],
            client_key=os.environ["EDI_CLIENT_KEY"],
        )


def build_context(cfg: GatewayConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg.ca_file)
    ctx.minimum_version = cfg.lowest_protocol
    ctx.load_cert_chain(cfg.client_cert, cfg.client_key)
    return ctx


class EdiGateway:
    def __init__(self, cfg: GatewayConfig) -> None:
        self._cfg = cfg
        self._ctx = build_context(cfg)

    def send(self, interchange: bytes) -> bytes:
        with socket.create_connection((self._cfg.host, self._cfg.port), timeout=30) as raw:
            with self._ctx.wrap_socket(raw, server_hostname=self._cfg.host) as tls:
                tls.sendall(len(interchange).to_bytes(4, "big") + interchange)
                size = int.from_bytes(tls.recv(4), "big")
                chunks = []
                while size > 0:
                    chunk = tls.recv(min(size, 65536))
                    if not chunk:
                        break
                    chunks.append(chunk)
                    size -= len(chunk)
                return b"".join(chunks)


def push_dispatch_advice(desadv: str) -> bytes:
    return EdiGateway(GatewayConfig.from_env()).send(desadv.encode("latin-1"))
