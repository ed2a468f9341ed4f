"""Loads route plan YAML files that planners upload through the back office."""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


@dataclass
class PlannedStage:
    start: str
    finish: str
    distance_km: float
    surface: str = "asphalt"


@dataclass
class PlannedRoute:
    code: str
    title: str
    stages: list[PlannedStage] = field(default_factory=list)


class RoutePlanError(ValueError):
    pass


def load_plan(text: str) -> PlannedRoute:
    document = yaml.safe_load(text)
    if not isinstance(document, dict):
        raise RoutePlanError("top level must be a mapping")
    try:
        stages = [
            PlannedStage(
                start=str(s["start"]),
                finish=str(s["finish"]),
                distance_km=float(s["distance_km"]),
                surface=str(s.get("surface", "asphalt")),
            )
            for s in document["stages"]
        ]
        return PlannedRoute(code=str(document["code"]), title=str(document["title"]), stages=stages)
    except (KeyError, TypeError, ValueError) as exc:
        raise RoutePlanError(f"invalid plan: {exc}") from exc


@require_POST
@permission_required("routes.add_route")
def upload_plan(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("plan")
    if upload is None or upload.size > 256 * 1024:
        return JsonResponse({"error": "missing or oversized plan"}, status=400)
    try:
        plan = load_plan(upload.read().decode("utf-8"))
    except (RoutePlanError, yaml.YAMLError, UnicodeDecodeError) as exc:
        return JsonResponse({"error": str(exc)}, status=422)
    from cycletouring.routes.models import save_planned_route

    route_id = save_planned_route(plan, owner=request.user)
    return JsonResponse({"id": route_id, "stages": len(plan.stages)}, status=201)
