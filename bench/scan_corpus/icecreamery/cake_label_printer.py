"""Prints allergen labels for finished cakes on the kitchen thermal printer."""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

PRINTER_NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass
class CakeLabel:
    order_ref: str
    flavour: str
    allergens: list[str]
    best_before: str

    def as_text(self) -> str:
        lines = [
            f"ORDER {self.order_ref}",
            self.flavour.upper(),
            "CONTAINS: " + (", ".join(self.allergens) or "none"),
            f"BEST BEFORE {self.best_before}",
        ]
        return "\n".join(lines) + "\n"


class LabelPrinter:
    def __init__(self, printer: str, copies: int = 1) -> None:
        if not PRINTER_NAME_RE.fullmatch(printer):
            raise ValueError("invalid printer name")
        self.printer = printer
        self.copies = max(1, min(copies, 10))
        self.lp = shutil.which("lp") or "/usr/bin/lp"

    def _argv(self, label_file: Path) -> list[str]:
        return [self.lp, "-d", self.printer, "-n", str(self.copies), "-o", "media=Custom.58x40mm",
                "--", str(label_file)]

    def print_label(self, label: CakeLabel) -> str:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=True) as fh:
            fh.write(label.as_text())
            fh.flush()
            result = subprocess.run(self._argv(Path(fh.name)), capture_output=True, text=True,
                                    check=True, timeout=30)
        return result.stdout.strip()
