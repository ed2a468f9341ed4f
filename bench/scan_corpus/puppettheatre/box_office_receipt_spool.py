"""Spools receipt files for the box-office thermal printers."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class SpoolSettings:
    spool_dir: Path = Path("/var/spool/boxoffice")
    dir_mode: int = 0o750
    file_mode: int = 0o640
    printer_group: str = "lp"


class ReceiptSpool:
    def __init__(self, settings: SpoolSettings = SpoolSettings()) -> None:
        self.settings = settings

    def ensure_dir(self) -> Path:
        self.settings.spool_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.settings.spool_dir, self.settings.dir_mode)
        return self.settings.spool_dir

    @staticmethod
    def render(order_ref: str, seats: list[str], total: str) -> str:
        lines = [
            "PUPPET THEATRE BOX OFFICE",
            datetime.now().strftime("%d %b %Y %H:%M"),
            f"Order {order_ref}",
            *(f"  Seat {seat}" for seat in seats),
            f"TOTAL  GBP {total}",
            "Thank you - enjoy the show!",
        ]
        return "\n".join(lines) + "\n"

    def spool(self, order_ref: str, seats: list[str], total: str) -> Path:
        folder = self.ensure_dir()
        path = folder / f"{order_ref}.txt"
        path.write_text(self.render(order_ref, seats, total), encoding="utf-8")
        os.chmod(path, self.settings.file_mode)
        return path

    def pending(self) -> list[Path]:
        return sorted(self.ensure_dir().glob("*.txt"), key=lambda p: p.stat().st_mtime)
