"""Print drop-off labels for the tool sharpening queue.

When a customer hands in gouges and skews at the counter, a ticket is created
and a label is printed on the thermal printer behind the desk.
"""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

log = logging.getLogger("sharpening.labels")

LABEL_DIR = Path("/var/spool/woodturning/labels")
PRINTER = "zebra_counter"


@dataclass
class SharpeningTicket:
    ticket_no: int
    customer_name: str
    tools: list[str] = field(default_factory=list)
    grind_angle: str = "40deg"
    created: datetime = field(default_factory=datetime.now)

    def label_text(self) -> str:
        lines = [
            f"TICKET #{self.ticket_no:05d}",
            self.customer_name,
            f"{len(self.tools)} tool(s) - {self.grind_angle}",
            *self.tools[:4],
            self.created.strftime("%d %b %Y %H:%M"),
        ]
        return "\n".join(lines) + "\n"


def _run_shell(command: str) -> str:
    result = subprocess.run(command, shell=True, check=True, capture_output=True, text=True)
    return result.stdout.strip()


class LabelPrinter:
    def __init__(self, printer: str = PRINTER, label_dir: Path = LABEL_DIR) -> None:
        self.printer = printer
        self.label_dir = label_dir
        self.label_dir.mkdir(parents=True, exist_ok=True)

    def _write_label(self, ticket: SharpeningTicket) -> Path:
        path = self.label_dir / f"ticket-{ticket.ticket_no:05d}.txt"
        path.write_text(ticket.label_text(), encoding="utf-8")
        return path

    def print_ticket(self, ticket: SharpeningTicket) -> str:
        path = self._write_label(ticket)
        job = _run_shell(
            f"lp -d {self.printer} -t \"Sharpening {ticket.customer_name}\" "
            f"-o media=62x29mm {path}"
        )
        log.info("ticket %s sent to %s: %s", ticket.ticket_no, self.printer, job)
        return job


if __name__ == "__main__":
    import sys

    printer = LabelPrinter()
    t = SharpeningTicket(
        ticket_no=int(sys.argv[1]),
        customer_name=sys.argv[2],
        tools=sys.argv[3:],
    )
    print(printer.print_ticket(t))
