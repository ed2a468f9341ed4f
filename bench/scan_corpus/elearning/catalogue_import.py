"""Bulk catalogue import: admins upload a YAML file describing many courses."""
import yaml
from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from catalogue.models import Category, Course

MAX_UPLOAD = 2 * 1024 * 1024


def parse_catalogue(stream) -> list[dict]:
    data = yaml.load(stream, Loader=yaml.SafeLoader) or {}
    courses = data.get("courses", [])
    if not isinstance(courses, list):
        raise ValueError("'courses' must be a list")
    return courses


@require_POST
@permission_required("catalogue.add_course", raise_exception=True)
def import_catalogue(request):
    upload = request.FILES.get("catalogue")
    if upload is None or upload.size > MAX_UPLOAD:
        return JsonResponse({"error": "missing or oversized file"}, status=400)
    try:
        entries = parse_catalogue(upload.read())
    except (yaml.YAMLError, ValueError) as exc:
        return JsonResponse({"error": f"could not parse catalogue: {exc}"}, status=400)

    created = updated = 0
    with transaction.atomic():
        for entry in entries:
            category, _ = Category.objects.get_or_create(slug=entry.get("category", "general"))
            _, was_created = Course.objects.update_or_create(
                code=entry["code"],
                defaults={
                    "title": entry["title"],
                    "summary": entry.get("summary", ""),
                    "category": category,
                    "duration_minutes": int(entry.get("duration_minutes", 0)),
                },
            )
            created += was_created
            updated += not was_created
    return JsonResponse({"created": created, "updated": updated})
