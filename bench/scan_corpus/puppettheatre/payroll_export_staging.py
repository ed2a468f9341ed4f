"""Stages the monthly payroll CSV before it is uploaded to the bank's SFTP drop."""
from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Iterable


@dataclass
class PayLine:
    performer_id: str
    name: str
    sort_code: str
    account_number: str
    net_pay: Decimal


class PayrollExportStager:
    staging_prefix = "payroll-"
    staging_suffix = ".csv"

    def __init__(self, staging_dir: Path | None = None) -> None:
        self.staging_dir = staging_dir

    def _open_staging_file(self):
        return tempfile.NamedTemporaryFile(
            mode="w",
            newline="",
            encoding="utf-8",
            prefix=self.staging_prefix,
            suffix=self.staging_suffix,
            dir=self.staging_dir,
            delete=False,
        )

    def stage(self, lines: Iterable[PayLine]) -> Path:
        with self._open_staging_file() as handle:
            writer = csv.writer(handle)
            writer.writerow(["ref", "name", "sort_code", "account", "amount"])
            for line in lines:
                writer.writerow([
                    line.performer_id,
                    line.name,
                    line.sort_code,
                    line.account_number,
                    f"{line.net_pay:.2f}",
                ])
        return Path(handle.name)

    @staticmethod
    def discard(path: Path) -> None:
        try:
            os.remove(path)
        except FileNotFoundError:
            pass
