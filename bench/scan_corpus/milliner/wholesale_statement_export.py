"""Writes monthly wholesale statements into the accounts team's export folder."""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path


@dataclass
class StatementLine:
    invoice_no: str
    issued: date
    amount: Decimal
    paid: Decimal

    @property
    def outstanding(self) -> Decimal:
        return self.amount - self.paid


class StatementWriter:
    export_root = Path(os.environ.get("STATEMENT_EXPORT_DIR", "/srv/accounts/statements"))
    file_mode = 0o640
    dir_mode = 0o750

    def _folder(self, month: date) -> Path:
        folder = self.export_root / f"{month:%Y-%m}"
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, self.dir_mode)
        return folder

    def write(self, account_id: str, month: date, lines: list[StatementLine]) -> Path:
        path = self._folder(month) / f"{account_id}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["invoice", "issued", "amount", "paid", "outstanding"])
            for line in lines:
                writer.writerow(
                    [line.invoice_no, line.issued.isoformat(), line.amount, line.paid, line.outstanding]
                )
            total = sum((l.outstanding for l in lines), Decimal("0"))
            writer.writerow(["TOTAL", "", "", "", total])
        os.chmod(path, self.file_mode)
        return path


def export_month(month: date, statements: dict[str, list[StatementLine]]) -> list[Path]:
    writer = StatementWriter()
    return [writer.write(account, month, lines) for account, lines in sorted(statements.items())]
