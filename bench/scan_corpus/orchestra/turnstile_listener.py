"""Access-controller side of the turnstile protocol.

Accepts newline-delimited JSON scan events from the lobby turnstiles and
answers with an admit/deny verdict. Only devices on the turnstile VLANs
may connect.
"""
import ipaddress
import json
import logging
import os
import socketserver

from .validation import verdict_for_barcode

log = logging.getLogger("turnstiles")

TURNSTILE_NETWORKS = (
    ipaddress.ip_network("10.40.0.0/16"),
    ipaddress.ip_network("fd00:40::/32"),
)


def peer_allowed(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    return any(ip in net for net in TURNSTILE_NETWORKS)


class ScanHandler(socketserver.StreamRequestHandler):
    def handle(self):
        peer = self.client_address[0]
        if not peer_allowed(peer):
            log.warning("rejected connection from %s", peer)
            return
        for raw in self.rfile:
            event = json.loads(raw)
            verdict = verdict_for_barcode(event["barcode"], gate=event["gate"])
            self.wfile.write(json.dumps({"status": verdict}).encode("utf-8") + b"\n")


def serve() -> None:
    bind_host = os.environ.get("TURNSTILE_BIND_HOST", "localhost")
    port = int(os.environ.get("TURNSTILE_PORT", "7001"))
    with socketserver.ThreadingTCPServer((bind_host, port), ScanHandler) as server:
        log.info("turnstile listener on %s:%d", bind_host, port)
        server.serve_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    serve()
