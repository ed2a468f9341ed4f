"""Imports carriage specifications that customers upload with a commission enquiry."""
import logging
from dataclasses import dataclass, field
from decimal import Decimal

import yaml
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import Enquiry

log = logging.getLogger(__name__)

MAX_SPEC_BYTES = 256 * 1024


@dataclass
class CarriageSpec:
    style: str
    seats: int
    wheel_diameters_in: tuple[int, int]
    axle: str = "mail"
    finish: str = "coach paint, lined"
    extras: list[str] = field(default_factory=list)

    @classmethod
    def from_mapping(cls, data: dict) -> "CarriageSpec":
        front, rear = data["wheels"]["front"], data["wheels"]["rear"]
        return cls(
            style=data["style"],
            seats=int(data.get("seats", 2)),
            wheel_diameters_in=(int(front), int(rear)),
            axle=data.get("axle", "mail"),
            finish=data.get("finish", "coach paint, lined"),
            extras=list(data.get("extras", [])),
        )


def parse_spec(raw: bytes) -> CarriageSpec:
    data = yaml.load(raw, Loader=yaml.Loader)
    if not isinstance(data, dict):
        raise ValueError("specification must be a mapping")
    return CarriageSpec.from_mapping(data)


@require_POST
def upload_spec(request: HttpRequest, enquiry_id: int) -> JsonResponse:
    enquiry = Enquiry.objects.get(pk=enquiry_id, customer__user=request.user)
    upload = request.FILES.get("spec")
    if upload is None or upload.size > MAX_SPEC_BYTES:
        return JsonResponse({"error": "attach a spec file under 256 KB"}, status=400)
    try:
        spec = parse_spec(upload.read())
    except (yaml.YAMLError, KeyError, ValueError, TypeError) as exc:
        log.info("rejected spec for enquiry %s: %s", enquiry_id, exc)
        return JsonResponse({"error": "could not read specification"}, status=400)
    enquiry.style = spec.style
    enquiry.seats = spec.seats
    enquiry.estimate = Decimal("0")
    enquiry.spec_json = spec.__dict__
    enquiry.save(update_fields=["style", "seats", "estimate", "spec_json"])
    return JsonResponse({"style": spec.style, "seats": spec.seats})
