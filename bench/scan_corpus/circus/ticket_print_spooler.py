"""Spools ticket print jobs to the box-office thermal printers via CUPS."""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SPOOL_DIR = Path(os.environ.get("TICKET_SPOOL_DIR", "/var/spool/tickets"))
PRINTER = os.environ.get("TICKET_PRINTER", "boxoffice-thermal")


@dataclass
class TicketPrint:
    order_ref: str
    performance: str
    seat: str
    holder: str
    qr_payload: str

    def render(self) -> str:
        return (
            "^XA\n"
            f"^FO40,30^A0N,40,40^FD{self.performance}^FS\n"
            f"^FO40,90^A0N,30,30^FDSeat {self.seat}^FS\n"
            f"^FO40,140^A0N,26,26^FD{self.holder}^FS\n"
            f"^FO40,190^BQN,2,6^FDQA,{self.qr_payload}^FS\n"
            f"^FO40,420^A0N,22,22^FDOrder {self.order_ref}^FS\n"
            "^XZ\n"
        )


def spool(tickets: list[TicketPrint]) -> str:
    SPOOL_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        mode="w", suffix=".zpl", prefix="tickets_", dir=SPOOL_DIR, delete=False, encoding="ascii"
    ) as fh:
        for ticket in tickets:
            fh.write(ticket.render())
        job_file = Path(fh.name)
    try:
        result = subprocess.run(
            ["lp", "-d", PRINTER, "-o", "raw", str(job_file)],
            capture_output=True, text=True, check=True, timeout=30,
        )
    finally:
        job_file.unlink(missing_ok=True)
    return result.stdout.strip()
