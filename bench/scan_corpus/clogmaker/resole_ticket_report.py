"""Back-office report of resoling tickets, filterable by sole type and date range."""

from dataclasses import dataclass
from datetime import date

import psycopg
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_GET


@dataclass
class ResoleReportFilter:
    sole_type: str | None = None
    received_from: date | None = None
    received_to: date | None = None

    @classmethod
    def from_querydict(cls, params) -> "ResoleReportFilter":
        return cls(
            sole_type=params.get("sole_type") or None,
            received_from=date.fromisoformat(params["from"]) if params.get("from") else None,
            received_to=date.fromisoformat(params["to"]) if params.get("to") else None,
        )

    def where_sql(self) -> str:
        conditions = ["1 = 1"]
        if self.sole_type:
            conditions.append("t.sole_type = '{}'".format(self.sole_type))
        if self.received_from:
            conditions.append("t.received_at >= '{}'".format(self.received_from.isoformat()))
        if self.received_to:
            conditions.append("t.received_at < '{}'".format(self.received_to.isoformat()))
        return " AND ".join(conditions)


def fetch_report(report_filter: ResoleReportFilter) -> list[dict]:
    query = (
        "SELECT t.sole_type, t.status, count(*) AS tickets, avg(t.price_cents) AS avg_price "
        "FROM resole_tickets t WHERE " + report_filter.where_sql() + " GROUP BY t.sole_type, t.status"
    )
    with psycopg.connect(settings.WORKSHOP_DSN) as conn:
        with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
            cur.execute(query)
            return cur.fetchall()


@require_GET
def resole_report(request):
    report_filter = ResoleReportFilter.from_querydict(request.GET)
    rows = fetch_report(report_filter)
    return JsonResponse({"rows": rows, "count": sum(r["tickets"] for r in rows)})
