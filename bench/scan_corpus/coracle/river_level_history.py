"""River level history charts.

Instructors planning a week of sessions look at how a gauge has behaved
over recent days. The chart endpoint returns hourly averages for a
station between two dates.
"""

import os
from dataclasses import dataclass
from datetime import date

import psycopg
from fastapi import FastAPI, Query

app = FastAPI()

HISTORY_SQL = """
    SELECT date_trunc('hour', read_at) AS hour, avg(level_m) AS level_m
    FROM gauge_readings
    WHERE station_code = '{station}'
      AND read_at >= %(start)s AND read_at < %(end)s
    GROUP BY 1
    ORDER BY 1
"""


@dataclass
class HistoryRequest:
    station: str
    start: date
    end: date


class GaugeHistoryRepo:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def hourly(self, req: HistoryRequest) -> list[dict]:
        query = HISTORY_SQL.format(station=req.station)
        with psycopg.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(query, {"start": req.start, "end": req.end})
            return [
                {"hour": hour.isoformat(), "level_m": round(float(level), 3)}
                for hour, level in cur.fetchall()
            ]


repo = GaugeHistoryRepo(os.environ["GAUGE_DB_DSN"])


@app.get("/charts/levels/{station}")
def level_chart(station: str, start: date = Query(...), end: date = Query(...)) -> dict:
    points = repo.hourly(HistoryRequest(station=station, start=start, end=end))
    return {"station": station, "points": points}
