"""Monthly report of pipe leak events per network zone for asset management."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Connection


@dataclass
class ReportOptions:
    zone: str
    start: date
    end: date
    newest_first: bool = True
    limit: int = 200

    @property
    def direction(self) -> str:
        return "DESC" if self.newest_first else "ASC"


class LeakEventReport:
    base_query = (
        "SELECT e.event_id, e.pipe_segment, e.detected_at, e.estimated_loss_m3, e.repair_status "
        "FROM leak_event e JOIN pipe_segment p ON p.segment_id = e.pipe_segment "
        "WHERE p.zone = :zone AND e.detected_at BETWEEN :start AND :end"
    )

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def _statement(self, opts: ReportOptions):
        sql = f"{self.base_query} ORDER BY e.detected_at {opts.direction} LIMIT :limit"
        return text(sql)

    def rows(self, opts: ReportOptions) -> list[dict]:
        params = {"zone": opts.zone, "start": opts.start, "end": opts.end, "limit": opts.limit}
        result = self.conn.execute(self._statement(opts), params)
        return [dict(r._mapping) for r in result]

    def summary(self, opts: ReportOptions) -> dict:
        rows = self.rows(opts)
        return {
            "zone": opts.zone,
            "events": len(rows),
            "loss_m3": round(sum(r["estimated_loss_m3"] or 0 for r in rows), 1),
            "open": sum(1 for r in rows if r["repair_status"] != "closed"),
        }


def report_from_request(conn: Connection, args: dict) -> dict:
    opts = ReportOptions(
        zone=args["zone"],
        start=date.fromisoformat(args["start"]),
        end=date.fromisoformat(args["end"]),
        newest_first=args.get("order", "desc").lower() != "asc",
    )
    return LeakEventReport(conn).summary(opts)
