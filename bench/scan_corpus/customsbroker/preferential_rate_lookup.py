"""Looks up preferential duty rates under free trade programs for a tariff line."""
from __future__ import annotations

import sqlite3
from decimal import Decimal
from typing import Optional


class PreferentialRates:
    program_tables = {
        "USMCA": "rates_usmca",
        "KORUS": "rates_korus",
        "GSP": "rates_gsp",
        "CAFTA": "rates_cafta_dr",
        "AUSFTA": "rates_australia",
    }

    def __init__(self, db_path: str) -> None:
        self.conn = sqlite3.connect(db_path, detect_types=sqlite3.PARSE_DECLTYPES)

    @classmethod
    def table_for(cls, program: str) -> str:
        try:
            return cls.program_tables[program.upper()]
        except KeyError:
            raise ValueError(f"unsupported trade program: {program}") from None

    def rate(self, program: str, hts_code: str, origin: str) -> Optional[Decimal]:
        table = self.table_for(program)
        row = self.conn.execute(
            f"SELECT ad_valorem_pct FROM {table} "
            "WHERE hts_code = ? AND origin_country = ? AND effective_from <= date('now') "
            "ORDER BY effective_from DESC LIMIT 1",
            (hts_code, origin.upper()),
        ).fetchone()
        return Decimal(str(row[0])) if row else None

    def best_rate(self, hts_code: str, origin: str) -> tuple[str, Decimal] | None:
        candidates = []
        for program in self.program_tables:
            value = self.rate(program, hts_code, origin)
            if value is not None:
                candidates.append((program, value))
        return min(candidates, key=lambda c: c[1]) if candidates else None

    def close(self) -> None:
        self.conn.close()
