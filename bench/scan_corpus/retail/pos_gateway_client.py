"""TLS socket client for the in-store point-of-sale gateway.

Tills report completed sales to the gateway; the e-commerce backend connects to
it to reconcile click-and-collect orders with in-store pickups.
"""
import json
import socket
import ssl
from contextlib import contextmanager

from stores.config import PosGatewayConfig


class PosGatewayClient:
    # some branches still run the older till firmware
    MIN_TLS = ssl.TLSVersion.TLSv1
    RECV_CHUNK = 65536

    def __init__(self, config: PosGatewayConfig):
        self.config = config

    def _context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.config.ca_file)
        ctx.minimum_version = self.MIN_TLS
        if self.config.client_cert:
            ctx.load_cert_chain(self.config.client_cert, self.config.client_key)
        return ctx

    @contextmanager
    def _connection(self):
        raw = socket.create_connection((self.config.host, self.config.port), timeout=10)
        with self._context().wrap_socket(raw, server_hostname=self.config.host) as conn:
            yield conn

    def request(self, command: str, **params) -> dict:
        message = json.dumps({"cmd": command, "params": params}).encode() + b"\n"
        with self._connection() as conn:
            conn.sendall(message)
            buf = b""
            while not buf.endswith(b"\n"):
                chunk = conn.recv(self.RECV_CHUNK)
                if not chunk:
                    break
                buf += chunk
        return json.loads(buf)

    def pickups_since(self, store_id: str, since_iso: str) -> list[dict]:
        return self.request("pickups", store=store_id, since=since_iso).get("pickups", [])
