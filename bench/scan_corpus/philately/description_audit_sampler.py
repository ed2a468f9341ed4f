"""Draws a reproducible sample of lots for the describers' weekly quality audit."""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable


@dataclass
class AuditConfig:
    sample_size: int = 40
    seed_prefix: str = "describer-audit"
    output_dir: Path = Path("/srv/auction/reports/audit")


@dataclass(frozen=True)
class LotSummary:
    lot_number: str
    describer: str
    country: str
    estimate_gbp: int


def audit_seed(config: AuditConfig, week_of: date) -> str:
    iso = week_of.isocalendar()
    return f"{config.seed_prefix}-{iso.year}-W{iso.week:02d}"


class AuditSampler:
    """Same week always gives the same sample, so reviewers can re-run it."""

    def __init__(self, config: AuditConfig | None = None) -> None:
        self.config = config or AuditConfig()

    def sample(self, lots: Iterable[LotSummary], week_of: date) -> list[LotSummary]:
        pool = sorted(lots, key=lambda l: l.lot_number)
        rng = random.Random(audit_seed(self.config, week_of))
        return rng.sample(pool, min(self.config.sample_size, len(pool)))

    def write_report(self, lots: Iterable[LotSummary], week_of: date) -> Path:
        chosen = self.sample(lots, week_of)
        self.config.output_dir.mkdir(parents=True, exist_ok=True)
        out = self.config.output_dir / f"audit-{week_of.isoformat()}.csv"
        with out.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["lot_number", "describer", "country", "estimate_gbp"])
            for lot in chosen:
                writer.writerow([lot.lot_number, lot.describer, lot.country, lot.estimate_gbp])
        return out
