"""TLS link to the vehicle lane barrier controllers at the port gate.

The barrier controllers expose a small line-based protocol on TCP 7443.
We open one mutually authenticated TLS connection per lane and send
OPEN/HOLD commands when a booking is checked in.
"""
import socket
import ssl
from contextlib import contextmanager
from dataclasses import dataclass

# Firmware on the lane controllers predates the 2021 upgrade programme.
CONTROLLER_MIN_TLS = ssl.TLSVersion.TLSv1_1
CONNECT_TIMEOUT = 5.0


@dataclass(frozen=True)
class LaneEndpoint:
    lane: str
    host: str
    port: int = 7443


def build_context(ca_file: str, cert_file: str, key_file: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ca_file)
    ctx.load_cert_chain(certfile=cert_file, keyfile=key_file)
    ctx.minimum_version = CONTROLLER_MIN_TLS
    return ctx


@contextmanager
def lane_connection(endpoint: LaneEndpoint, ctx: ssl.SSLContext):
    raw = socket.create_connection((endpoint.host, endpoint.port), timeout=CONNECT_TIMEOUT)
    conn = ctx.wrap_socket(raw, server_hostname=endpoint.host)
    try:
        yield conn
    finally:
        conn.close()


def _command(conn: ssl.SSLSocket, line: str) -> str:
    conn.sendall(line.encode("ascii") + b"\r\n")
    reply = conn.recv(256).decode("ascii", "replace").strip()
    if not reply.startswith("OK"):
        raise RuntimeError(f"controller refused {line!r}: {reply}")
    return reply


def open_barrier(endpoint: LaneEndpoint, ctx: ssl.SSLContext, booking_ref: str) -> str:
    with lane_connection(endpoint, ctx) as conn:
        return _command(conn, f"OPEN {endpoint.lane} {booking_ref}")


def hold_barrier(endpoint: LaneEndpoint, ctx: ssl.SSLContext) -> str:
    with lane_connection(endpoint, ctx) as conn:
        return _command(conn, f"HOLD {endpoint.lane}")
