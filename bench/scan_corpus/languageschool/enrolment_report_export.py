"""CSV exports of enrolment data for the academic office.

The office can export one of a few fixed datasets for a given term. Each
dataset lives in its own reporting view.
"""
from __future__ import annotations

import csv
import io
import sqlite3
from typing import Dict

REPORT_VIEWS: Dict[str, str] = {
    "enrolments": "rpt_enrolments_by_course",
    "placements": "rpt_placement_results",
    "attendance": "rpt_attendance_summary",
    "certificates": "rpt_certificates_issued",
}


class UnknownReport(LookupError):
    pass


def _view_for(report: str) -> str:
    try:
        return REPORT_VIEWS[report]
    except KeyError as exc:
        raise UnknownReport(report) from exc


def export_report(conn: sqlite3.Connection, report: str, term: str, campus: str | None = None) -> str:
    view = _view_for(report)
    query = f"SELECT * FROM {view} WHERE term_code = ?"
    params: list = [term]
    if campus:
        query += " AND campus_slug = ?"
        params.append(campus)
    cursor = conn.execute(query + " ORDER BY 1", params)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([col[0] for col in cursor.description])
    writer.writerows(cursor.fetchall())
    return buffer.getvalue()


if __name__ == "__main__":
    import argparse
    import sys

    parser = argparse.ArgumentParser(description="Export an enrolment report as CSV")
    parser.add_argument("report", choices=sorted(REPORT_VIEWS))
    parser.add_argument("term")
    parser.add_argument("--campus")
    parser.add_argument("--db", default="/srv/lingua/reporting.sqlite3")
    args = parser.parse_args()
    with sqlite3.connect(args.db) as connection:
        sys.stdout.write(export_report(connection, args.report, args.term, args.campus))
