"""Writes daily water-quality advisory reports for the public website."""

from __future__ import annotations

import csv
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Iterable, Mapping


class AdvisoryReportWriter:
    FIELDS = ("beach", "site", "enterococcus_cfu", "status", "sampled_at")

    def __init__(self, publish_dir: Path) -> None:
        self.publish_dir = publish_dir

    def _stage(self, rows: Iterable[Mapping[str, object]]) -> Path:
        fd, tmp_name = tempfile.mkstemp(prefix=".advisory-", suffix=".csv", dir=self.publish_dir)
        try:
            with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
                writer = csv.DictWriter(fh, fieldnames=self.FIELDS, extrasaction="ignore")
                writer.writeheader()
                for row in rows:
                    writer.writerow(row)
        except BaseException:
            os.unlink(tmp_name)
            raise
        return Path(tmp_name)

    def publish(self, day: date, rows: Iterable[Mapping[str, object]]) -> Path:
        staged = self._stage(rows)
        os.chmod(staged, 0o644)
        target = self.publish_dir / f"water-advisories-{day:%Y-%m-%d}.csv"
        os.replace(staged, target)
        return target


def classify(cfu: float) -> str:
    if cfu >= 104:
        return "advisory"
    return "caution" if cfu >= 35 else "open"
