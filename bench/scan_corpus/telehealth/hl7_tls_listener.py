"""MLLP listener that receives HL7 v2 results (ORU^R01) from partner labs.

Labs connect with a client certificate issued by our partner CA.
"""
from __future__ import annotations

import logging
import os
import socketserver
import ssl

from .results import store_result

log = logging.getLogger(__name__)

SB, EB = b"\x0b", b"\x1c\x0d"


def server_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(os.environ["MLLP_SERVER_CERT"], os.environ["MLLP_SERVER_KEY"])
    ctx.load_verify_locations(cafile=os.environ["MLLP_PARTNER_CA"])
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def _ack(message: str, code: str) -> bytes:
    msh = message.split("\r", 1)[0].split("|")
    control_id = msh[9] if len(msh) > 9 else ""
    ack = f"MSH|^~\\&|TELEHEALTH|TH|{msh[2] if len(msh) > 2 else ''}|||||ACK|{control_id}|P|2.5.1\rMSA|{code}|{control_id}"
    return SB + ack.encode() + EB


class MllpHandler(socketserver.StreamRequestHandler):
    def handle(self):
        peer = self.request.getpeercert()
        lab = dict(x[0] for x in peer.get("subject", ())).get("commonName", "unknown")
        buf = bytearray()
        while chunk := self.request.recv(8192):
            buf.extend(chunk)
            while EB in buf:
                frame, _, rest = bytes(buf).partition(EB)
                buf = bytearray(rest)
                message = frame.lstrip(SB).decode("utf-8", errors="replace")
                try:
                    store_result(lab=lab, hl7=message)
                    self.request.sendall(_ack(message, "AA"))
                except Exception:
                    log.exception("failed to store result from %s", lab)
                    self.request.sendall(_ack(message, "AE"))


class TlsMllpServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, addr, ctx: ssl.SSLContext):
        super().__init__(addr, MllpHandler)
        self.socket = ctx.wrap_socket(self.socket, server_side=True)
