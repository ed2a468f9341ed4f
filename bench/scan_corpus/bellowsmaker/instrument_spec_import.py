"""Import of instrument specification sheets sent by organ builders.

Builders who order replacement reservoirs or feeder bellows upload a YAML
sheet with the dimensions, fold count, wind pressure and leather choice.
The sheet pre-fills the quote form.
"""
import logging
from dataclasses import dataclass, field

import yaml
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

log = logging.getLogger(__name__)

MAX_SHEET_BYTES = 256 * 1024
REQUIRED_KEYS = ("instrument", "bellows_type", "length_mm", "width_mm", "folds")


@dataclass
class BellowsSpec:
    instrument: str
    bellows_type: str
    length_mm: int
    width_mm: int
    folds: int
    wind_pressure_mm: float | None = None
    leather: str = "sheep"
    notes: list = field(default_factory=list)


def parse_sheet(raw: bytes) -> BellowsSpec:
    doc = yaml.load(raw.decode("utf-8"), Loader=yaml.Loader)
    if not isinstance(doc, dict):
        raise ValueError("sheet must be a mapping")
    missing = [k for k in REQUIRED_KEYS if k not in doc]
    if missing:
        raise ValueError(f"missing keys: {', '.join(missing)}")
    return BellowsSpec(
        instrument=str(doc["instrument"]),
        bellows_type=str(doc["bellows_type"]),
        length_mm=int(doc["length_mm"]),
        width_mm=int(doc["width_mm"]),
        folds=int(doc["folds"]),
        wind_pressure_mm=float(doc["wind_pressure_mm"]) if "wind_pressure_mm" in doc else None,
        leather=str(doc.get("leather", "sheep")),
        notes=[str(n) for n in doc.get("notes", [])],
    )


@login_required
@require_POST
def upload_spec(request: HttpRequest) -> JsonResponse:
    sheet = request.FILES.get("sheet")
    if sheet is None:
        return JsonResponse({"error": "no file"}, status=400)
    if sheet.size > MAX_SHEET_BYTES:
        return JsonResponse({"error": "sheet too large"}, status=413)
    try:
        spec = parse_sheet(sheet.read())
    except (ValueError, yaml.YAMLError) as exc:
        return JsonResponse({"error": str(exc)}, status=422)
    log.info("spec sheet for %s uploaded by %s", spec.instrument, request.user.username)
    return JsonResponse({"prefill": spec.__dict__})
