"""TLS link between the till software and the countertop card terminal hub."""
import json
import os
import socket
import ssl
from contextlib import contextmanager

HUB_HOST = os.environ.get("TERMINAL_HUB_HOST", "terminal-hub.shop.internal")
HUB_PORT = int(os.environ.get("TERMINAL_HUB_PORT", "8443"))
HUB_CA = os.environ.get("TERMINAL_HUB_CA", "/etc/atelier/certs/terminal-hub-ca.pem")
CLIENT_CERT = os.environ.get("TILL_CLIENT_CERT", "/etc/atelier/certs/till.pem")
CLIENT_KEY = os.environ.get("TILL_CLIENT_KEY", "/etc/atelier/certs/till.key")


def make_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=HUB_CA)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(CLIENT_CERT, CLIENT_KEY)
    return ctx


@contextmanager
def hub_connection(timeout: float = 60.0):
    raw = socket.create_connection((HUB_HOST, HUB_PORT), timeout=timeout)
    with make_context().wrap_socket(raw, server_hostname=HUB_HOST) as tls:
        yield tls


def _send(tls, message: dict) -> dict:
    tls.sendall(json.dumps(message).encode() + b"\n")
    buf = b""
    while not buf.endswith(b"\n"):
        chunk = tls.recv(4096)
        if not chunk:
            raise ConnectionError("terminal hub closed the connection")
        buf += chunk
    return json.loads(buf)


def request_payment(terminal_id: str, amount_pence: int, sale_ref: str) -> dict:
    with hub_connection() as tls:
        return _send(tls, {
            "type": "sale",
            "terminal": terminal_id,
            "amount": amount_pence,
            "currency": "GBP",
            "reference": sale_ref,
        })


def cancel_payment(terminal_id: str, sale_ref: str) -> dict:
    with hub_connection(timeout=15.0) as tls:
        return _send(tls, {"type": "cancel", "terminal": terminal_id, "reference": sale_ref})
