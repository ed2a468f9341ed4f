"""MLLP-over-TLS client for sending lab orders (HL7 v2 ORM^O01) to the
reference lab's interface engine, and reading back the ACK.
"""
from __future__ import annotations

import logging
import socket
import ssl
from dataclasses import dataclass

log = logging.getLogger(__name__)

START_BLOCK = b"\x0b"
END_BLOCK = b"\x1c\x0d"


@dataclass
class LabEndpoint:
    host: str
    port: int
    ca_file: str
    client_cert: str
    client_key: str
    timeout: float = 30.0


def _tls_context(ep: LabEndpoint) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ep.ca_file)
    ctx.load_cert_chain(ep.client_cert, ep.client_key)
    # The lab's interface engine was never upgraded past its original TLS stack.
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def _frame(message: str) -> bytes:
    return START_BLOCK + message.replace("\n", "\r").encode("utf-8") + END_BLOCK


def _read_frame(sock: ssl.SSLSocket) -> str:
    buf = bytearray()
    while not buf.endswith(END_BLOCK):
        chunk = sock.recv(4096)
        if not chunk:
            raise ConnectionError("lab closed connection before ACK")
        buf.extend(chunk)
    return buf[len(START_BLOCK):-len(END_BLOCK)].decode("utf-8")


def send_order(ep: LabEndpoint, hl7_message: str) -> str:
    ctx = _tls_context(ep)
    with socket.create_connection((ep.host, ep.port), timeout=ep.timeout) as raw:
        with ctx.wrap_socket(raw, server_hostname=ep.host) as tls:
            tls.sendall(_frame(hl7_message))
            ack = _read_frame(tls)
    msa = next((seg for seg in ack.split("\r") if seg.startswith("MSA|")), "")
    code = msa.split("|")[1] if msa else "??"
    if code not in ("AA", "CA"):
        log.error("lab rejected order: %s", msa)
        raise RuntimeError(f"lab NAK {code}")
    return ack
