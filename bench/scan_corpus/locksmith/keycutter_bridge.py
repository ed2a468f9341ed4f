"""Bridge between the dispatch app and the shop's code-cutting machine.

The cutter speaks a simple line-based protocol over TCP: we send a CUT
command with the key blank and bitting, it answers OK <ticket> or ERR <reason>.
"""
import logging
import socket
from dataclasses import dataclass

log = logging.getLogger(__name__)

CUTTER = {
    "host": "192.168.20.41",
    "port": 9100,
    "timeout": 8.0,
}


@dataclass
class CutOrder:
    job_id: str
    blank: str          # e.g. "SC1", "KW1"
    bitting: str        # depth string, e.g. "35247"
    quantity: int = 1


class CutterError(RuntimeError):
    pass


def _send_line(sock: socket.socket, line: str) -> str:
    sock.sendall(line.encode("ascii") + b"\r\n")
    return sock.makefile("r", encoding="ascii").readline().strip()


def submit(order: CutOrder, cfg: dict = CUTTER) -> str:
    """Send one cut order and return the machine's ticket number."""
    if not order.bitting.isdigit():
        raise ValueError(f"invalid bitting for job {order.job_id}")
    addr = (cfg["host"], cfg["port"])
    with socket.create_connection(addr, timeout=cfg["timeout"]) as sock:
        reply = _send_line(sock, f"CUT {order.blank} {order.bitting} x{order.quantity}")
    if not reply.startswith("OK"):
        raise CutterError(reply)
    ticket = reply.split(maxsplit=1)[1] if " " in reply else ""
    log.info("job %s: cutter accepted order, ticket %s", order.job_id, ticket)
    return ticket
