"""Import of farm layout files (fields, blocks, irrigation zones) uploaded by
agronomy consultants through the planning portal."""
from dataclasses import dataclass, field

import yaml
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from planning.models import Farm


@dataclass
class Block:
    name: str
    area_ha: float
    crop: str | None = None


@dataclass
class FarmLayout:
    farm_code: str
    blocks: list[Block] = field(default_factory=list)
    zones: dict[str, list[str]] = field(default_factory=dict)


def parse_layout(raw: bytes) -> FarmLayout:
    doc = yaml.load(raw, Loader=yaml.Loader)
    if not isinstance(doc, dict) or "farm" not in doc:
        raise ValueError("layout must have a top-level 'farm' key")
    blocks = [Block(b["name"], float(b["area_ha"]), b.get("crop")) for b in doc.get("blocks", [])]
    return FarmLayout(farm_code=doc["farm"], blocks=blocks, zones=doc.get("zones", {}))


@login_required
@require_POST
def upload_layout(request):
    upload = request.FILES.get("layout")
    if upload is None or upload.size > 2 * 1024 * 1024:
        return HttpResponseBadRequest("missing or oversized layout file")
    try:
        layout = parse_layout(upload.read())
    except (ValueError, KeyError, yaml.YAMLError) as exc:
        return HttpResponseBadRequest(f"could not read layout: {exc}")

    farm = Farm.objects.filter(code=layout.farm_code, members=request.user).first()
    if farm is None:
        return HttpResponseBadRequest("unknown farm")
    farm.replace_layout(layout.blocks, layout.zones)
    return JsonResponse({"farm": farm.code, "blocks": len(layout.blocks)})
