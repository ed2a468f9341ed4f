"""Back-office report of bespoke commission orders, filtered by workflow status."""

import csv

from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.http import HttpResponse

REPORT_SQL = """
    SELECT o.reference, o.customer_name, o.piece_type, o.colourway,
           o.quoted_price, o.deposit_paid, o.status, o.due_date, a.name AS artist
    FROM commissions_order o
    LEFT JOIN studio_artist a ON a.id = o.artist_id
    WHERE o.status = '%s'
    ORDER BY o.due_date
"""
HEADER = [
    "Reference", "Customer", "Piece", "Colourway",
    "Quoted", "Deposit paid", "Status", "Due", "Artist",
]


def fetch_commissions(status: str) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(REPORT_SQL % status)
        return cursor.fetchall()


def summarise(rows: list[tuple]) -> dict:
    quoted = sum(row[4] or 0 for row in rows)
    deposits = sum(1 for row in rows if row[5])
    return {"count": len(rows), "quoted_total": quoted, "with_deposit": deposits}


@staff_member_required
def commission_report_csv(request):
    status = request.GET.get("status", "in_progress")
    rows = fetch_commissions(status)
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="commissions-{status}.csv"'
    writer = csv.writer(response)
    writer.writerow(HEADER)
    writer.writerows(rows)
    totals = summarise(rows)
    writer.writerow([])
    writer.writerow(["Orders", totals["count"], "Quoted total", totals["quoted_total"]])
    return response
