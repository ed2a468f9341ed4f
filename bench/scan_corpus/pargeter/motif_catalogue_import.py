"""Motif catalogue import for the pargeting pattern library.

Designers maintain the catalogue of traditional motifs (vine trails, Tudor
roses, combed fans, strapwork) as YAML; staff upload revised catalogues
through the admin screen and the entries are merged into the database.
"""
import yaml
from django.contrib.admin.views.decorators import staff_member_required
from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from pargeter.library.models import Motif

ALLOWED_FIELDS = {"code", "name", "period", "technique", "repeat_mm", "description"}


def read_catalogue(stream) -> list[dict]:
    data = yaml.load(stream, Loader=yaml.SafeLoader)
    entries = data.get("motifs", []) if isinstance(data, dict) else []
    return [
        {key: value for key, value in entry.items() if key in ALLOWED_FIELDS}
        for entry in entries
        if isinstance(entry, dict)
    ]


@transaction.atomic
def merge_catalogue(entries: list[dict]) -> tuple[int, int]:
    created = updated = 0
    for entry in entries:
        code = entry.pop("code", None)
        if not code:
            continue
        _, was_created = Motif.objects.update_or_create(code=str(code), defaults=entry)
        if was_created:
            created += 1
        else:
            updated += 1
    return created, updated


@staff_member_required
@require_POST
def upload_catalogue(request: HttpRequest) -> JsonResponse:
    if "catalogue" not in request.FILES:
        return JsonResponse({"error": "catalogue file required"}, status=400)
    try:
        entries = read_catalogue(request.FILES["catalogue"])
    except yaml.YAMLError as exc:
        return JsonResponse({"error": str(exc)}, status=422)
    created, updated = merge_catalogue(entries)
    return JsonResponse({"created": created, "updated": updated})
