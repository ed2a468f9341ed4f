"""Prints workshop job tickets on the label printer at the saddle bench."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from datetime import date


@dataclass
class JobTicket:
    ticket_no: str
    order_number: str
    stage: str
    saddle_model: str
    tree_width: str
    leather: str
    due: date
    notes: str = ""


def _zpl(ticket: JobTicket) -> bytes:
    lines = [
        "^XA",
        "^CF0,40",
        f"^FO40,40^FDTicket {ticket.ticket_no}^FS",
        "^CF0,28",
        f"^FO40,100^FDOrder {ticket.order_number} / {ticket.stage}^FS",
        f"^FO40,140^FD{ticket.saddle_model} {ticket.tree_width}^FS",
        f"^FO40,180^FDLeather: {ticket.leather}^FS",
        f"^FO40,220^FDDue {ticket.due:%d.%m.%Y}^FS",
        f"^FO40,260^FD{ticket.notes[:60]}^FS",
        f"^FO40,320^BCN,80,Y,N,N^FD{ticket.ticket_no}^FS",
        "^XZ",
    ]
    return "\n".join(lines).encode("ascii", errors="replace")


class BenchPrinter:
    """Raw ZPL over TCP 9100."""

    def __init__(self, host: str = "192.168.40.23", port: int = 9100, timeout: float = 5.0):
        self.host = host
        self.port = port
        self.timeout = timeout

    def print_ticket(self, ticket: JobTicket) -> None:
        with socket.create_connection((self.host, self.port), timeout=self.timeout) as sock:
            sock.sendall(_zpl(ticket))

    def print_batch(self, tickets: list[JobTicket]) -> int:
        for ticket in tickets:
            self.print_ticket(ticket)
        return len(tickets)
