"""Spool receipts to the thermal printers at the bar and front desk.

The printers are driven through CUPS; we render the ESC/POS bytes to a
spool file and hand it to ``lp`` in raw mode.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal

ESC = b"\x1b"
GS = b"\x1d"
CUT = GS + b"V\x00"


@dataclass
class Receipt:
    till: str
    lines: list[tuple[str, Decimal]] = field(default_factory=list)
    footer: str = "Thanks for bowling with us!"

    def total(self) -> Decimal:
        return sum((amount for _, amount in self.lines), Decimal("0"))


def render(receipt: Receipt, width: int = 42) -> bytes:
    out = [ESC + b"@", ESC + b"a\x01", receipt.till.encode("ascii", "replace"), b"\n", ESC + b"a\x00"]
    for label, amount in receipt.lines:
        price = f"{amount:.2f}"
        out.append(f"{label[: width - len(price) - 1]:<{width - len(price)}}{price}\n".encode("cp437", "replace"))
    out.append(f"{'TOTAL':<{width - 8}}{receipt.total():>8.2f}\n".encode())
    out.append(receipt.footer.encode("cp437", "replace") + b"\n\n\n" + CUT)
    return b"".join(out)


def print_receipt(receipt: Receipt, printer: str) -> None:
    spool_path = tempfile.mktemp(prefix="receipt-", suffix=".bin")
    with open(spool_path, "wb") as fh:
        fh.write(render(receipt))
    try:
        subprocess.run(["lp", "-d", printer, "-o", "raw", spool_path], check=True, timeout=30)
    finally:
        os.unlink(spool_path)
