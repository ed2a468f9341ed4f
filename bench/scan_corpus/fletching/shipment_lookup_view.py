"""Customer-facing shipment lookup (order reference + postcode)."""
from django.db import connection
from django.http import Http404, JsonResponse
from django.views.decorators.http import require_GET

LOOKUP_SQL = """
    SELECT s.carrier, s.tracking_number, s.status, s.shipped_at, o.reference, o.arrow_count
    FROM shipping_shipment s
    JOIN orders_order o ON o.id = s.order_id
    WHERE o.reference = %s AND UPPER(REPLACE(o.ship_postcode, ' ', '')) = %s
    ORDER BY s.shipped_at DESC
"""


def _normalise_postcode(raw: str) -> str:
    return "".join(raw.split()).upper()


def find_shipments(reference: str, postcode: str) -> list[dict]:
    with connection.cursor() as cursor:
        cursor.execute(LOOKUP_SQL, [reference.strip(), _normalise_postcode(postcode)])
        cols = [c[0] for c in cursor.description]
        return [dict(zip(cols, row)) for row in cursor.fetchall()]


@require_GET
def shipment_lookup(request):
    reference = request.GET.get("order", "")
    postcode = request.GET.get("postcode", "")
    if not reference or not postcode:
        return JsonResponse({"error": "order and postcode are required"}, status=400)
    shipments = find_shipments(reference, postcode)
    if not shipments:
        raise Http404("No shipment found for that order and postcode")
    return JsonResponse(
        {
            "order": shipments[0]["reference"],
            "shipments": [
                {
                    "carrier": s["carrier"],
                    "tracking_number": s["tracking_number"],
                    "status": s["status"],
                    "shipped_at": s["shipped_at"].isoformat() if s["shipped_at"] else None,
                }
                for s in shipments
            ],
        }
    )
