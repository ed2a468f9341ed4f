"""CSV export of delivered potable-water volumes per municipal offtake
point, used by municipalities to reconcile our invoices against their own
bulk meter readings."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

import psycopg2
from psycopg2 import sql

EXPORTABLE_COLUMNS = (
    "offtake_point",
    "reading_date",
    "volume_m3",
    "tariff_band",
    "pressure_bar",
    "residual_chlorine_mgl",
)


@dataclass
class ExportRequest:
    municipality_code: str
    month: str  # YYYY-MM
    columns: list[str] = field(default_factory=lambda: ["offtake_point", "reading_date", "volume_m3"])

    def selected(self) -> list[str]:
        chosen = [c for c in self.columns if c in EXPORTABLE_COLUMNS]
        return chosen or ["offtake_point", "reading_date", "volume_m3"]


class VolumeExporter:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def _query(self, req: ExportRequest) -> sql.Composed:
        return sql.SQL(
            "SELECT {cols} FROM delivered_volumes "
            "WHERE municipality_code = %s AND to_char(reading_date, 'YYYY-MM') = %s "
            "ORDER BY offtake_point, reading_date"
        ).format(cols=sql.SQL(", ").join(sql.Identifier(c) for c in req.selected()))

    def to_csv(self, req: ExportRequest) -> str:
        buf = io.StringIO()
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(self._query(req), (req.municipality_code, req.month))
            writer = csv.writer(buf)
            writer.writerow(req.selected())
            writer.writerows(cur.fetchall())
        return buf.getvalue()
