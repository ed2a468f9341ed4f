"""Import planned outage schedules uploaded by the outage coordination team."""

import yaml
from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from outages.models import OutagePlan, OutageTask


@require_POST
@permission_required("outages.add_outageplan", raise_exception=True)
def import_outage_plan(request):
    upload = request.FILES.get("plan")
    if upload is None:
        return JsonResponse({"error": "missing file"}, status=400)
    if upload.size > 2 * 1024 * 1024:
        return JsonResponse({"error": "file too large"}, status=413)

    doc = yaml.load(upload.read(), Loader=yaml.Loader)

    with transaction.atomic():
        plan = OutagePlan.objects.create(
            unit=doc["unit"],
            name=doc["name"],
            starts_on=doc["start"],
            ends_on=doc["end"],
            created_by=request.user,
        )
        for item in doc.get("tasks", []):
            OutageTask.objects.create(
                plan=plan,
                title=item["title"],
                craft=item.get("craft", "mechanical"),
                duration_hours=float(item.get("hours", 0)),
            )
    return JsonResponse({"plan_id": plan.id, "tasks": plan.tasks.count()}, status=201)
