"""TLS listener on the field firing console that accepts commands from the show computer."""
from __future__ import annotations

import json
import logging
import os
import socketserver
import ssl
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConsoleTLSConfig:
    cert_file: str
    key_file: str
    client_ca: str
    bind: str
    port: int = 8443

    @classmethod
    def from_env(cls) -> "ConsoleTLSConfig":
        return cls(
            cert_file=os.environ["CONSOLE_CERT"],
            key_file=os.environ["CONSOLE_KEY"],
            client_ca=os.environ["SHOW_PC_CA"],
            bind=os.environ.get("CONSOLE_BIND", ""),
            port=int(os.environ.get("CONSOLE_PORT", "8443")),
        )


def server_context(cfg: ConsoleTLSConfig) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cfg.cert_file, cfg.key_file)
    ctx.load_verify_locations(cafile=cfg.client_ca)
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


class CommandHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        peer = self.request.getpeercert()
        subject = dict(x[0] for x in peer.get("subject", ())) if peer else {}
        line = self.rfile.readline(64 * 1024)
        try:
            msg = json.loads(line)
        except ValueError:
            self.wfile.write(b'{"error":"bad json"}\n')
            return
        log.info("command %s from %s", msg.get("op"), subject.get("commonName", "?"))
        reply = self.server.dispatch(msg)
        self.wfile.write(json.dumps(reply).encode() + b"\n")


class ConsoleServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True

    def __init__(self, cfg: ConsoleTLSConfig, dispatch) -> None:
        super().__init__((cfg.bind, cfg.port), CommandHandler)
        self._ctx = server_context(cfg)
        self.dispatch = dispatch

    def get_request(self):
        sock, addr = super().get_request()
        return self._ctx.wrap_socket(sock, server_side=True), addr


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with ConsoleServer(ConsoleTLSConfig.from_env(), lambda msg: {"ok": True, "op": msg.get("op")}) as srv:
        srv.serve_forever()
