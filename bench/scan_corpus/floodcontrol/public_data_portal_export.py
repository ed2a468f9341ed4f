"""CSV export endpoint of the public river data portal."""

import csv
import io
import os

import psycopg2
from flask import Flask, Response, request

app = Flask(__name__)
app.config["PORTAL_DSN"] = os.environ["PORTAL_DSN"]


class ExportQueryBuilder:
    base = (
        "SELECT s.station_code, s.river, r.recorded_at, r.level_m "
        "FROM readings r JOIN stations s ON s.id = r.station_id"
    )

    @staticmethod
    def for_river(river: str, days: int) -> str:
        return ExportQueryBuilder.base + (
            " WHERE s.river = '%s' AND r.recorded_at > now() - interval '%d days'"
            " ORDER BY r.recorded_at" % (river, days)
        )


def _rows_to_csv(header, rows) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


@app.get("/export/levels.csv")
def export_levels():
    river = request.args.get("river", "Avon")
    days = min(int(request.args.get("days", 7)), 90)
    sql = ExportQueryBuilder.for_river(river, days)
    with psycopg2.connect(app.config["PORTAL_DSN"]) as conn, conn.cursor() as cur:
        cur.execute(sql)
        header = [d[0] for d in cur.description]
        body = _rows_to_csv(header, cur.fetchall())
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=levels_{days}d.csv"},
    )
