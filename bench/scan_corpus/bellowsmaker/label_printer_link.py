"""Sends shipping and shelf labels to the networked label printer in dispatch.

The printer speaks raw ZPL over a TLS socket (port 9143) with a certificate
issued by the workshop's internal CA.
"""
import logging
import os
import socket
import ssl
from dataclasses import dataclass

log = logging.getLogger(__name__)

PRINTER_HOST = os.environ.get("LABEL_PRINTER_HOST", "zebra-dispatch.workshop.lan")
PRINTER_PORT = int(os.environ.get("LABEL_PRINTER_PORT", "9143"))
WORKSHOP_CA = os.environ.get("WORKSHOP_CA_FILE", "/etc/bellows/certs/workshop-ca.pem")


@dataclass
class ShelfLabel:
    ticket_id: int
    customer: str
    instrument: str
    shelf: str


def _context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=WORKSHOP_CA)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def _zpl(label: ShelfLabel) -> bytes:
    def clean(text: str) -> str:
        return "".join(ch for ch in text if ch.isprintable() and ch not in "^~")[:32]

    return (
        "^XA^CF0,40"
        f"^FO30,30^FDTicket {label.ticket_id}^FS"
        f"^FO30,90^FD{clean(label.customer)}^FS"
        f"^FO30,140^FD{clean(label.instrument)}^FS"
        f"^FO30,200^FDShelf {clean(label.shelf)}^FS"
        f"^FO400,30^BQN,2,5^FDQA,T{label.ticket_id}^FS"
        "^XZ"
    ).encode("ascii", "replace")


def print_labels(labels: list[ShelfLabel], copies: int = 1) -> int:
    ctx = _context()
    sent = 0
    with socket.create_connection((PRINTER_HOST, PRINTER_PORT), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname=PRINTER_HOST) as tls:
            for label in labels:
                for _ in range(copies):
                    tls.sendall(_zpl(label))
                    sent += 1
    log.info("sent %d labels to %s", sent, PRINTER_HOST)
    return sent
