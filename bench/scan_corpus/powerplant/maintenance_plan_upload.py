"""Upload of preventive-maintenance plans (YAML) for the CMMS scheduler."""

import yaml
from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from pm.models import PmPlan, PmTask

MAX_UPLOAD = 1024 * 1024


class PlanError(ValueError):
    pass


def parse_plan(raw: bytes) -> dict:
    doc = yaml.safe_load(raw)
    if not isinstance(doc, dict) or "asset" not in doc or "tasks" not in doc:
        raise PlanError("plan must define 'asset' and 'tasks'")
    return doc


@require_POST
@permission_required("pm.add_pmplan", raise_exception=True)
def upload_plan(request):
    upload = request.FILES.get("plan")
    if upload is None or upload.size > MAX_UPLOAD:
        return JsonResponse({"error": "missing or oversized file"}, status=400)
    try:
        doc = parse_plan(upload.read())
    except (yaml.YAMLError, PlanError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)

    with transaction.atomic():
        plan = PmPlan.objects.create(asset_tag=doc["asset"], created_by=request.user)
        for t in doc["tasks"]:
            PmTask.objects.create(
                plan=plan,
                description=t["description"],
                interval_days=int(t.get("interval_days", 30)),
            )
    return JsonResponse({"plan_id": plan.id}, status=201)
