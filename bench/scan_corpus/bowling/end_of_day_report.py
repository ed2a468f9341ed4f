"""Print the end-of-day cash-up summary on the back-office printer."""
from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass
class TakingsLine:
    department: str  # lanes, arcade, food, bar, parties
    gross: Decimal
    refunds: Decimal

    @property
    def net(self) -> Decimal:
        return self.gross - self.refunds


def format_report(site: str, day: date, lines: list[TakingsLine]) -> str:
    out = [f"END OF DAY  {site}  {day:%a %d %b %Y}", "=" * 48]
    for line in lines:
        out.append(f"{line.department:<16}{line.gross:>10.2f}{line.refunds:>10.2f}{line.net:>12.2f}")
    total = sum((l.net for l in lines), Decimal("0"))
    out += ["-" * 48, f"{'NET TAKINGS':<36}{total:>12.2f}", ""]
    return "\n".join(out)


def print_report(site: str, day: date, lines: list[TakingsLine], printer: str) -> None:
    with tempfile.NamedTemporaryFile("w", prefix="eod-", suffix=".txt", encoding="utf-8") as fh:
        fh.write(format_report(site, day, lines))
        fh.flush()
        subprocess.run(["lp", "-d", printer, fh.name], check=True, timeout=30)
