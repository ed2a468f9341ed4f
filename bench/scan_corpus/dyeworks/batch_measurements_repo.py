"""Repository for spectrophotometer measurements taken on dye batches."""
from dataclasses import dataclass
from datetime import date
from typing import List, Optional

import psycopg2
import psycopg2.extras


@dataclass
class Measurement:
    batch_no: str
    measured_on: date
    l_star: float
    a_star: float
    b_star: float
    delta_e: float
    illuminant: str


class MeasurementRepository:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def _conn(self):
        return psycopg2.connect(self.dsn, cursor_factory=psycopg2.extras.RealDictCursor)

    def for_batch(self, batch_no: str) -> List[Measurement]:
        with self._conn() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT batch_no, measured_on, l_star, a_star, b_star, delta_e, illuminant "
                "FROM batch_measurements WHERE batch_no = %s ORDER BY measured_on",
                (batch_no,),
            )
            return [Measurement(**row) for row in cur.fetchall()]

    def listing(
        self,
        since: date,
        sort: str = "measured_on",
        direction: str = "desc",
        illuminant: Optional[str] = None,
    ) -> List[Measurement]:
        order = "DESC" if direction.lower() == "desc" else "ASC"
        where = ["measured_on >= %s"]
        params: list = [since]
        if illuminant:
            where.append("illuminant = %s")
            params.append(illuminant)
        query = (
            "SELECT batch_no, measured_on, l_star, a_star, b_star, delta_e, illuminant "
            "FROM batch_measurements WHERE " + " AND ".join(where) +
            " ORDER BY " + sort + " " + order + " LIMIT 500"
        )
        with self._conn() as conn, conn.cursor() as cur:
            cur.execute(query, params)
            return [Measurement(**row) for row in cur.fetchall()]


def measurements_view(request, repo: MeasurementRepository):
    """Django view body used by the QA dashboard table."""
    rows = repo.listing(
        since=date.fromisoformat(request.GET.get("since", "2024-01-01")),
        sort=request.GET.get("sort", "measured_on"),
        direction=request.GET.get("dir", "desc"),
        illuminant=request.GET.get("illuminant"),
    )
    return [r.__dict__ for r in rows]
