"""Streams GTFS-Realtime trip updates to regional partners over mutually-authenticated TLS."""
from __future__ import annotations

import os
import socket
import ssl
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class PartnerLink:
    name: str
    host: str
    port: int
    ca_bundle: str
    client_cert: str
    client_key: str


def partner_from_env(prefix: str) -> PartnerLink:
    env = os.environ
    return PartnerLink(
        name=prefix.lower(),
        host=env[f"{prefix}_HOST"],
        port=int(env.get(f"{prefix}_PORT", "9443")),
        ca_bundle=env[f"{prefix}_CA"],
        client_cert=env[f"{prefix}_CERT"],
        client_key=env[f"{prefix}_KEY"],
    )


def tls_context(link: PartnerLink) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_verify_locations(cafile=link.ca_bundle)
    ctx.load_cert_chain(link.client_cert, link.client_key)
    return ctx


def push_updates(link: PartnerLink, feed_messages: Iterable[bytes], timeout: float = 10.0) -> int:
    ctx = tls_context(link)
    count = 0
    with socket.create_connection((link.host, link.port), timeout=timeout) as raw:
        with ctx.wrap_socket(raw, server_hostname=link.host) as tls:
            for message in feed_messages:
                tls.sendall(len(message).to_bytes(4, "big") + message)
                count += 1
            tls.sendall((0).to_bytes(4, "big"))
    return count
