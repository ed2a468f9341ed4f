"""Registrar's accession report: objects acquired in a date range, by department."""
import csv
from datetime import date

from django.contrib.auth.decorators import permission_required
from django.db import connection
from django.http import HttpResponse, HttpResponseBadRequest

SORTABLE = {
    "accession": "o.accession_number",
    "acquired": "o.acquisition_date",
    "title": "o.title",
    "method": "a.method",
}


def _report_sql(order_key: str, descending: bool) -> str:
    column = SORTABLE.get(order_key, SORTABLE["accession"])
    direction = "DESC" if descending else "ASC"
    return (
        "SELECT o.accession_number, o.title, o.acquisition_date, a.method, a.source_name "
        "FROM collection_object o JOIN collection_acquisition a ON a.id = o.acquisition_id "
        "WHERE o.acquisition_date BETWEEN %s AND %s AND o.department_code = %s "
        f"ORDER BY {column} {direction}"
    )


@permission_required("collection.view_acquisition")
def accession_report(request):
    try:
        start = date.fromisoformat(request.GET["from"])
        end = date.fromisoformat(request.GET["to"])
    except (KeyError, ValueError):
        return HttpResponseBadRequest("from and to must be ISO dates")
    department = request.GET.get("dept", "")
    sql = _report_sql(request.GET.get("sort", "accession"), request.GET.get("desc") == "1")

    with connection.cursor() as cursor:
        cursor.execute(sql, [start, end, department])
        rows = cursor.fetchall()

    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="accessions_{start}_{end}.csv"'
    writer = csv.writer(response)
    writer.writerow(["Accession number", "Title", "Acquired", "Method", "Source"])
    writer.writerows(rows)
    return response
