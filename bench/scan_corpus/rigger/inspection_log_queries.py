"""Queries over LOLER / periodic inspection records for the inspection log UI."""
from datetime import date

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import InspectionRecord


def records_for_item(serial: str, since: date | None = None):
    sql = (
        "SELECT r.id, r.item_serial, r.inspected_on, r.result, r.inspector_id "
        "FROM inspections_inspectionrecord r WHERE r.item_serial = %s"
    )
    params: list = [serial]
    if since is not None:
        sql += " AND r.inspected_on >= %s"
        params.append(since)
    sql += " ORDER BY r.inspected_on DESC"
    return InspectionRecord.objects.raw(sql, params)


def overdue_items(category: str) -> list[dict]:
    with connection.cursor() as cur:
        cur.execute(
            "SELECT i.serial, MAX(r.inspected_on) FROM inventory_item i "
            "LEFT JOIN inspections_inspectionrecord r ON r.item_serial = i.serial "
            "WHERE i.category = %s GROUP BY i.serial "
            "HAVING MAX(r.inspected_on) IS NULL "
            "OR MAX(r.inspected_on) < CURRENT_DATE - INTERVAL '6 months'",
            [category],
        )
        return [
            {"serial": serial, "last_inspected": last.isoformat() if last else None}
            for serial, last in cur.fetchall()
        ]


@require_GET
def item_history(request, serial: str):
    since_raw = request.GET.get("since")
    since = date.fromisoformat(since_raw) if since_raw else None
    records = [
        {
            "id": r.id,
            "inspected_on": r.inspected_on.isoformat(),
            "result": r.result,
            "inspector_id": r.inspector_id,
        }
        for r in records_for_item(serial, since)
    ]
    return JsonResponse({"serial": serial, "records": records})


@require_GET
def overdue(request):
    category = request.GET.get("category", "motor")
    return JsonResponse({"category": category, "overdue": overdue_items(category)})
