"""Staff views for the photopolymer plate shelf: which plates we hold for which client."""
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Plate

PLATE_COLUMNS = (
    "p.id, p.job_ref, p.design_name, p.width_mm, p.height_mm, p.shelf, p.made_on, p.reprints"
)


def _plate_dict(plate: Plate) -> dict:
    return {
        "id": plate.id,
        "job_ref": plate.job_ref,
        "design": plate.design_name,
        "size_mm": [plate.width_mm, plate.height_mm],
        "shelf": plate.shelf,
        "made_on": plate.made_on.isoformat() if plate.made_on else None,
        "reprints": plate.reprints,
    }


def plates_for_client(client_ref: str):
    return Plate.objects.raw(
        "SELECT %s FROM plates_plate p JOIN orders_order o ON o.job_ref = p.job_ref "
        "WHERE o.client_ref = '%s' AND p.discarded = false ORDER BY p.made_on DESC"
        % (PLATE_COLUMNS, client_ref)
    )


@login_required
@require_GET
def client_plates(request):
    client_ref = request.GET.get("client", "").strip()
    if not client_ref:
        return JsonResponse({"error": "client is required"}, status=400)
    plates = [_plate_dict(p) for p in plates_for_client(client_ref)]
    return JsonResponse({"client": client_ref, "plates": plates})


@login_required
@require_GET
def shelf_listing(request, shelf):
    plates = Plate.objects.filter(shelf=shelf, discarded=False).order_by("job_ref")
    return JsonResponse({"shelf": shelf, "plates": [_plate_dict(p) for p in plates]})
