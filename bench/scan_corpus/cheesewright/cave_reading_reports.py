"""Daily ripening cave reports for the cheesemaker and the EHO audit pack."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

from cheesewright.settings import DATABASE_DSN


@dataclass
class ReportRequest:
    cave_id: str
    day: date
    metric: str = "temperature_c"

    @classmethod
    def from_query(cls, args) -> "ReportRequest":
        return cls(
            cave_id=args["cave"],
            day=date.fromisoformat(args["day"]),
            metric=args.get("metric", "temperature_c"),
        )


class CaveReportBuilder:
    def __init__(self, dsn: str = DATABASE_DSN):
        self.dsn = dsn

    def _summary_sql(self, req: ReportRequest) -> str:
        column = req.metric
        return (
            f"SELECT probe_serial, min({column}) AS low, max({column}) AS high, "
            f"avg({column}) AS mean, count(*) AS samples "
            "FROM cave_readings WHERE cave_id = %s AND taken_at::date = %s "
            "GROUP BY probe_serial ORDER BY probe_serial"
        )

    def summary(self, req: ReportRequest) -> list[dict]:
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            with conn.cursor() as cur:
                cur.execute(self._summary_sql(req), (req.cave_id, req.day))
                return cur.fetchall()


def report_view(request):
    req = ReportRequest.from_query(request.GET)
    rows = CaveReportBuilder().summary(req)
    return {"cave": req.cave_id, "day": req.day.isoformat(), "metric": req.metric, "probes": rows}
