"""TLS listener that receives results from wheel alignment machines.

Each alignment machine in a shop pushes finished measurements to the shop
server over a raw TLS socket (one JSON document per line). Machines present
a client certificate issued by the group CA.
"""
from __future__ import annotations

import json
import os
import socketserver
import ssl
from dataclasses import dataclass

from alignment.store import save_measurement


@dataclass(frozen=True)
class BridgeTLSConfig:
    cert_file: str
    key_file: str
    client_ca_file: str
    min_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2

    @classmethod
    def from_env(cls) -> "BridgeTLSConfig":
        return cls(
            cert_file=os.environ["ALIGN_BRIDGE_CERT"],
            key_file=os.environ["ALIGN_BRIDGE_KEY"],
            client_ca_file=os.environ["ALIGN_BRIDGE_CLIENT_CA"],
        )


def server_context(cfg: BridgeTLSConfig) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = cfg.min_version
    ctx.load_cert_chain(cfg.cert_file, cfg.key_file)
    ctx.load_verify_locations(cfg.client_ca_file)
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


class MeasurementHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        peer = self.connection.getpeercert()
        machine_id = dict(x[0] for x in peer["subject"]).get("commonName", "unknown")
        for raw in self.rfile:
            if not raw.strip():
                continue
            doc = json.loads(raw)
            save_measurement(machine_id=machine_id, job_no=doc["job"], values=doc["values"])
            self.wfile.write(b"ACK\n")


class TLSMeasurementServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], cfg: BridgeTLSConfig) -> None:
        super().__init__(address, MeasurementHandler)
        self.ssl_context = server_context(cfg)

    def get_request(self):
        sock, addr = super().get_request()
        return self.ssl_context.wrap_socket(sock, server_side=True), addr


if __name__ == "__main__":
    bind = os.environ.get("ALIGN_BRIDGE_BIND", "")
    port = int(os.environ.get("ALIGN_BRIDGE_PORT", "7443"))
    with TLSMeasurementServer((bind, port), BridgeTLSConfig.from_env()) as server:
        server.serve_forever()
