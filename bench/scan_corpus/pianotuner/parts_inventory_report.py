"""Stock report for the restoration workshop's parts shelves (PostgreSQL)."""
import csv
import io

import psycopg
from django.http import HttpResponse
from django.views import View

from workshop.settings import INVENTORY_DSN

BASE_QUERY = """
    SELECT p.sku, p.description, p.category, s.on_hand, s.reorder_level, s.bin_location
    FROM parts p
    JOIN stock_levels s ON s.part_id = p.id
    WHERE s.workshop_id = %(workshop)s
    ORDER BY {order}
"""


class InventoryReportView(View):
    default_sort = "p.category, p.sku"

    def sort_expression(self, request) -> str:
        sort = request.GET.get("sort")
        direction = "DESC" if request.GET.get("dir") == "desc" else "ASC"
        if not sort:
            return self.default_sort
        return "{} {}".format(sort, direction)

    def fetch_rows(self, workshop_id: int, order: str):
        query = BASE_QUERY.format(order=order)
        with psycopg.connect(INVENTORY_DSN) as conn:
            with conn.cursor() as cur:
                cur.execute(query, {"workshop": workshop_id})
                return cur.fetchall()

    def get(self, request, workshop_id: int):
        rows = self.fetch_rows(workshop_id, self.sort_expression(request))
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["SKU", "Description", "Category", "On hand", "Reorder at", "Bin"])
        writer.writerows(rows)
        response = HttpResponse(buf.getvalue(), content_type="text/csv")
        response["Content-Disposition"] = f'attachment; filename="inventory-{workshop_id}.csv"'
        return response
