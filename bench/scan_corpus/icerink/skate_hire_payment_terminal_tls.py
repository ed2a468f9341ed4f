"""TLS listener used by the skate-hire counter's card terminals.

Terminals connect in, authenticate with client certificates issued by
the rink's private CA, and stream authorised transaction records.
"""
from __future__ import annotations

import json
import logging
import os
import socket
import ssl
from dataclasses import dataclass

log = logging.getLogger("skatehire.terminals")


@dataclass(frozen=True)
class ListenerConfig:
    bind: str
    port: int
    cert_file: str
    key_file: str
    client_ca: str


def build_server_context(cfg: ListenerConfig) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.maximum_version = ssl.TLSVersion.TLSv1_3
    ctx.load_cert_chain(cfg.cert_file, cfg.key_file)
    ctx.load_verify_locations(cafile=cfg.client_ca)
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def handle(conn: ssl.SSLSocket) -> None:
    peer = conn.getpeercert()
    subject = dict(x[0] for x in peer.get("subject", ()))
    terminal = subject.get("commonName", "unknown")
    with conn.makefile("r", encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            log.info(
                "terminal=%s txn=%s amount=%s",
                terminal,
                record.get("txn_id"),
                record.get("amount"),
            )


def serve(cfg: ListenerConfig) -> None:
    ctx = build_server_context(cfg)
    with socket.create_server((cfg.bind, cfg.port)) as sock:
        with ctx.wrap_socket(sock, server_side=True) as tls_sock:
            while True:
                conn, _ = tls_sock.accept()
                with conn:
                    handle(conn)


if __name__ == "__main__":
    serve(
        ListenerConfig(
            bind=os.environ.get("TERMINAL_BIND", "0.0.0.0"),
            port=int(os.environ.get("TERMINAL_PORT", "8443")),
            cert_file=os.environ["TERMINAL_TLS_CERT"],
            key_file=os.environ["TERMINAL_TLS_KEY"],
            client_ca=os.environ["TERMINAL_CLIENT_CA"],
        )
    )
