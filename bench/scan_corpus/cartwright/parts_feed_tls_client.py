"""Pulls the wheelwright parts catalogue (hub boxes, linch pins, brass caps) over raw TLS."""
import json
import os
import socket
import ssl
from contextlib import contextmanager
from dataclasses import dataclass

FEED_HOST = os.environ.get("PARTS_FEED_HOST", "feed.coachbuilderssupply.co.uk")
FEED_PORT = int(os.environ.get("PARTS_FEED_PORT", "7443"))


@dataclass
class Part:
    code: str
    name: str
    price_pence: int
    in_stock: bool


def client_context(cafile: str | None = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


@contextmanager
def feed_connection(host: str = FEED_HOST, port: int = FEED_PORT, timeout: float = 15.0):
    ctx = client_context(os.environ.get("PARTS_FEED_CA"))
    with socket.create_connection((host, port), timeout=timeout) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            yield tls


def _read_lines(sock) -> list[str]:
    chunks = []
    while True:
        data = sock.recv(65536)
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks).decode("utf-8").splitlines()


def fetch_catalogue(section: str = "wheel") -> list[Part]:
    with feed_connection() as conn:
        conn.sendall(f"CATALOGUE {section}\n".encode())
        lines = _read_lines(conn)
    parts = []
    for line in lines:
        if not line.strip():
            continue
        rec = json.loads(line)
        parts.append(Part(rec["code"], rec["name"], int(rec["price"]), rec.get("stock", 0) > 0))
    return parts


if __name__ == "__main__":
    for p in fetch_catalogue():
        print(f"{p.code:<10} {p.name:<40} {p.price_pence / 100:>8.2f} {'yes' if p.in_stock else 'no'}")
