"""Pick the plots that site reps inspect each month.

Every occupied plot is inspected at least twice a year; in addition a
random sample is drawn each month so that cultivation standards are checked
across the whole site. The sample is reproducible for a given site and month
so the rota printed for reps matches what the portal shows.
"""
from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RotaSettings:
    sample_fraction: float = 0.15
    minimum: int = 5
    overdue_days: int = 180


class InspectionRotaSampler:
    def __init__(self, conn: sqlite3.Connection, settings: RotaSettings = RotaSettings()) -> None:
        self._conn = conn
        self._settings = settings

    def _occupied_plots(self, site_code: str) -> list[str]:
        rows = self._conn.execute(
            "SELECT plot_ref FROM plot WHERE site_code = ? AND status = 'let' ORDER BY plot_ref",
            (site_code,),
        ).fetchall()
        return [r[0] for r in rows]

    def _overdue(self, site_code: str, month: date) -> set[str]:
        rows = self._conn.execute(
            "SELECT p.plot_ref FROM plot p LEFT JOIN inspection i ON i.plot_ref = p.plot_ref "
            "WHERE p.site_code = ? AND p.status = 'let' "
            "GROUP BY p.plot_ref HAVING COALESCE(julianday(?) - julianday(MAX(i.inspected_on)), 9999) > ?",
            (site_code, month.isoformat(), self._settings.overdue_days),
        ).fetchall()
        return {r[0] for r in rows}

    def rota(self, site_code: str, month: date) -> list[str]:
        plots = self._occupied_plots(site_code)
        overdue = self._overdue(site_code, month)
        remaining = [p for p in plots if p not in overdue]
        size = max(self._settings.minimum, round(len(plots) * self._settings.sample_fraction))
        size = min(size, len(remaining))
        rng = random.Random(f"{site_code}:{month:%Y-%m}")
        chosen = rng.sample(remaining, size)
        return sorted(overdue) + sorted(chosen)

    def save(self, site_code: str, month: date) -> int:
        plots = self.rota(site_code, month)
        self._conn.executemany(
            "INSERT OR IGNORE INTO inspection_rota (site_code, month, plot_ref) VALUES (?, ?, ?)",
            [(site_code, f"{month:%Y-%m}", p) for p in plots],
        )
        self._conn.commit()
        return len(plots)
