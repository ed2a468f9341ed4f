"""Water meter readings and usage per plot, for the portal and invoicing.

Water is charged on top of plot rent on sites with individual meters; the
invoicing job reads usage between two dates for each meter.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterable

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class Usage:
    meter_id: str
    plot_ref: str
    first: Decimal
    last: Decimal

    @property
    def cubic_metres(self) -> Decimal:
        return max(self.last - self.first, Decimal("0"))


class MeterReadingsRepository:
    USAGE_SQL = text(
        "SELECT m.meter_id, m.plot_ref, MIN(r.cubic_metres) AS first, MAX(r.cubic_metres) AS last "
        "FROM meter m JOIN meter_reading r ON r.meter_id = m.meter_id "
        "WHERE m.site_code = :site AND r.read_at >= :start AND r.read_at < :end "
        "GROUP BY m.meter_id, m.plot_ref ORDER BY m.plot_ref"
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def usage_for_site(self, site_code: str, start: date, end: date) -> list[Usage]:
        with self._engine.connect() as conn:
            rows = conn.execute(self.USAGE_SQL, {"site": site_code, "start": start, "end": end})
            return [Usage(r.meter_id, r.plot_ref, Decimal(r.first), Decimal(r.last)) for r in rows]

    def latest_for_meters(self, meter_ids: Iterable[str]) -> dict[str, Decimal]:
        stmt = text(
            "SELECT meter_id, MAX(cubic_metres) AS reading FROM meter_reading "
            "WHERE meter_id IN :ids GROUP BY meter_id"
        ).bindparams(bindparam("ids", expanding=True))
        with self._engine.connect() as conn:
            rows = conn.execute(stmt, {"ids": list(meter_ids)})
            return {r.meter_id: Decimal(r.reading) for r in rows}

    def record(self, meter_id: str, cubic_metres: Decimal, read_at) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text("INSERT INTO meter_reading (meter_id, cubic_metres, read_at) VALUES (:m, :v, :t)"),
                {"m": meter_id, "v": cubic_metres, "t": read_at},
            )
