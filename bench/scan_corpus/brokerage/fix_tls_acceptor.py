"""TLS listener for inbound FIX 4.4 sessions from institutional clients.

Each accepted socket is handed to a FixSession which handles logon,
sequence-number recovery and heartbeats.
"""
import logging
import os
import socket
import ssl
import threading

from .session import FixSession

log = logging.getLogger("fix.acceptor")

LISTEN_HOST = os.environ.get("FIX_LISTEN_HOST", "127.0.0.1")
LISTEN_PORT = int(os.environ.get("FIX_LISTEN_PORT", "9878"))


def build_server_context(cert_file: str, key_file: str, client_ca: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert_file, key_file)
    ctx.load_verify_locations(cafile=client_ca)
    ctx.verify_mode = ssl.CERT_REQUIRED
    # several buy-side OMS vendors still negotiate TLS 1.0
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def serve_forever(ctx: ssl.SSLContext) -> None:
    with socket.create_server((LISTEN_HOST, LISTEN_PORT), backlog=64) as srv:
        log.info("FIX acceptor listening on %s:%d", LISTEN_HOST, LISTEN_PORT)
        while True:
            raw, addr = srv.accept()
            try:
                conn = ctx.wrap_socket(raw, server_side=True)
            except ssl.SSLError as exc:
                log.warning("TLS handshake from %s failed: %s", addr, exc)
                raw.close()
                continue
            peer_cn = dict(x[0] for x in conn.getpeercert()["subject"]).get("commonName")
            threading.Thread(
                target=FixSession(conn, peer_cn).run, name=f"fix-{peer_cn}", daemon=True
            ).start()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    serve_forever(
        build_server_context(
            os.environ["FIX_TLS_CERT"], os.environ["FIX_TLS_KEY"], os.environ["FIX_CLIENT_CA"]
        )
    )
