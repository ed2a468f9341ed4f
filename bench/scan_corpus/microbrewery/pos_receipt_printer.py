"""Prints taproom receipts to the thermal printer behind the bar via CUPS."""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

PRINTER_QUEUE = os.environ.get("TAPROOM_PRINTER", "bar-thermal")
LINE_WIDTH = 42


@dataclass
class ReceiptLine:
    description: str
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass
class Receipt:
    tab_id: str
    served_by: str
    lines: list[ReceiptLine] = field(default_factory=list)
    opened_at: datetime = field(default_factory=datetime.now)

    @property
    def total(self) -> Decimal:
        return sum((l.total for l in self.lines), Decimal("0.00"))


def format_receipt(receipt: Receipt) -> str:
    out = ["THE OLD MALTINGS TAPROOM".center(LINE_WIDTH), ""]
    out.append(f"Tab {receipt.tab_id}  Server: {receipt.served_by}")
    out.append(receipt.opened_at.strftime("%d/%m/%Y %H:%M"))
    out.append("-" * LINE_WIDTH)
    for line in receipt.lines:
        left = f"{line.quantity} x {line.description}"[: LINE_WIDTH - 10]
        out.append(f"{left:<{LINE_WIDTH - 10}}{line.total:>10.2f}")
    out.append("-" * LINE_WIDTH)
    out.append(f"{'TOTAL':<{LINE_WIDTH - 10}}{receipt.total:>10.2f}")
    out.append("")
    out.append("Thank you - drink responsibly".center(LINE_WIDTH))
    return "\n".join(out) + "\n\n\n"


def print_receipt(receipt: Receipt) -> None:
    spool_path = tempfile.mktemp(prefix="receipt-", suffix=".txt")
    try:
        with open(spool_path, "w", encoding="utf-8") as fh:
            fh.write(format_receipt(receipt))
        subprocess.run(["lp", "-d", PRINTER_QUEUE, "-o", "raw", spool_path], check=True, timeout=30)
    finally:
        if os.path.exists(spool_path):
            os.remove(spool_path)
