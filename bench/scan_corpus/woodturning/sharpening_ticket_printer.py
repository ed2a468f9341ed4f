"""Print collection slips for sharpened tools on the counter printer (CUPS)."""
from __future__ import annotations

import logging
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("sharpening.printer")

LP_BINARY = "/usr/bin/lp"


@dataclass
class CollectionSlip:
    ticket_no: int
    customer_name: str
    tools: list[str]
    price_pence: int

    def render(self) -> str:
        lines = [
            "WOODTURNING SCHOOL - SHARPENING",
            f"Ticket #{self.ticket_no:05d}",
            f"Customer: {self.customer_name}",
            "",
            *[f" - {t}" for t in self.tools],
            "",
            f"Total: GBP {self.price_pence / 100:.2f}",
        ]
        return "\n".join(lines) + "\n"


class SlipPrinter:
    def __init__(self, printer_name: str, media: str = "62x100mm") -> None:
        self.printer_name = printer_name
        self.media = media

    def _lp_args(self, title: str, path: Path) -> list[str]:
        return [LP_BINARY, "-d", self.printer_name, "-t", title, "-o", f"media={self.media}", str(path)]

    def print_slip(self, slip: CollectionSlip) -> str:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
            fh.write(slip.render())
            path = Path(fh.name)
        try:
            result = subprocess.run(
                self._lp_args(f"Sharpening {slip.customer_name}", path),
                check=True,
                capture_output=True,
                text=True,
                timeout=30,
            )
        finally:
            path.unlink(missing_ok=True)
        log.info("slip for ticket %s queued: %s", slip.ticket_no, result.stdout.strip())
        return result.stdout.strip()
