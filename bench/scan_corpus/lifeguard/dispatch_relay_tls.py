"""TLS listener that relays tower radio traffic into the dispatch center."""

from __future__ import annotations

import os
import socket
import ssl
import threading
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class RelayTlsProfile:
    cert_file: str
    key_file: str
    client_ca: str
    floor_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1


class DispatchRelay:
    """Accepts mutually authenticated connections from tower radio bridges."""

    def __init__(self, profile: RelayTlsProfile, port: int, handler: Callable[[tuple, bytes], None]) -> None:
        self.profile = profile
        self.port = port
        self.handler = handler

    def _context(self) -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(self.profile.cert_file, self.profile.key_file)
        ctx.load_verify_locations(cafile=self.profile.client_ca)
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.minimum_version = self.profile.floor_version
        return ctx

    def serve_forever(self) -> None:
        ctx = self._context()
        with socket.create_server(("", self.port)) as listener:
            while True:
                conn, addr = listener.accept()
                try:
                    tls_conn = ctx.wrap_socket(conn, server_side=True)
                except ssl.SSLError:
                    conn.close()
                    continue
                threading.Thread(target=self._serve_client, args=(tls_conn,), daemon=True).start()

    def _serve_client(self, conn: ssl.SSLSocket) -> None:
        with conn:
            peer = (conn.getpeercert() or {}).get("subject", ())
            while chunk := conn.recv(4096):
                self.handler(peer, chunk)


def relay_from_env(handler: Callable[[tuple, bytes], None]) -> DispatchRelay:
    profile = RelayTlsProfile(
        cert_file=os.environ["RELAY_CERT"],
        key_file=os.environ["RELAY_KEY"],
        client_ca=os.environ["RELAY_CLIENT_CA"],
    )
    return DispatchRelay(profile, int(os.environ.get("RELAY_PORT", "7443")), handler)
