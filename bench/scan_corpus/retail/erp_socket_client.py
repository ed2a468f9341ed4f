"""Line-delimited JSON client for the ERP's order-export socket over TLS."""
import json
import socket
import ssl
from dataclasses import dataclass


@dataclass(frozen=True)
class ErpEndpoint:
    host: str
    port: int
    ca_file: str | None = None
    client_cert: str | None = None
    client_key: str | None = None


def build_context(endpoint: ErpEndpoint) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=endpoint.ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if endpoint.client_cert:
        ctx.load_cert_chain(endpoint.client_cert, endpoint.client_key)
    return ctx


class ErpSocketClient:
    def __init__(self, endpoint: ErpEndpoint, timeout: float = 15.0):
        self.endpoint = endpoint
        self.timeout = timeout
        self._ctx = build_context(endpoint)

    def call(self, method: str, **params) -> dict:
        request_line = json.dumps({"method": method, "params": params}).encode() + b"\n"
        with socket.create_connection((self.endpoint.host, self.endpoint.port), timeout=self.timeout) as raw:
            with self._ctx.wrap_socket(raw, server_hostname=self.endpoint.host) as conn:
                conn.sendall(request_line)
                with conn.makefile("rb") as reader:
                    line = reader.readline()
        if not line:
            raise ConnectionError("ERP closed the connection without a reply")
        return json.loads(line)

    def export_order(self, order: dict) -> str:
        return self.call("order.create", order=order)["erp_reference"]
