"""Imports saddle specification files exported by the desktop configurator."""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from orders.models import CustomSaddleOrder

MAX_SPEC_BYTES = 256 * 1024


@dataclass
class SaddleSpec:
    model: str
    seat_size_in: float
    tree_width: str
    flap: str
    leather: str
    extras: list[str] = field(default_factory=list)

    @classmethod
    def from_mapping(cls, data: dict) -> "SaddleSpec":
        return cls(
            model=str(data["model"]),
            seat_size_in=float(data["seat_size"]),
            tree_width=str(data["tree_width"]),
            flap=str(data.get("flap", "standard")),
            leather=str(data.get("leather", "calf")),
            extras=[str(x) for x in data.get("extras", [])],
        )


def parse_spec(raw: bytes) -> SaddleSpec:
    if len(raw) > MAX_SPEC_BYTES:
        raise ValueError("spec file too large")
    data = yaml.load(raw, Loader=yaml.UnsafeLoader)
    if not isinstance(data, dict):
        raise ValueError("spec must be a mapping")
    return SaddleSpec.from_mapping(data)


@login_required
@require_POST
def upload_spec(request: HttpRequest, order_id: int) -> JsonResponse:
    upload = request.FILES.get("spec")
    if upload is None:
        return JsonResponse({"error": "missing spec file"}, status=400)
    try:
        spec = parse_spec(upload.read())
    except (ValueError, KeyError, yaml.YAMLError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    order = get_object_or_404(CustomSaddleOrder, pk=order_id, customer=request.user)
    order.model_code = spec.model
    order.seat_size_in = spec.seat_size_in
    order.tree_width = spec.tree_width
    order.extras = spec.extras
    order.save(update_fields=["model_code", "seat_size_in", "tree_width", "extras"])
    return JsonResponse({"order": order.pk, "model": spec.model})
