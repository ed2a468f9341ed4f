"""Imports track layout definitions uploaded by the track manager.

Layouts are drawn in the vendor's track designer and exported as XML:
a list of timing loops with their distance from the start line, the
sector splits and the layout's display name.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree


@dataclass
class TimingLoop:
    loop_id: int
    distance_m: float
    role: str


@dataclass
class TrackLayout:
    code: str
    name: str
    length_m: float
    loops: list[TimingLoop] = field(default_factory=list)


LAYOUT_PARSER_OPTIONS = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "load_dtd": True,
}


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**LAYOUT_PARSER_OPTIONS)


def parse_layout(xml_bytes: bytes) -> TrackLayout:
    root = etree.fromstring(xml_bytes, parser=_parser())
    layout = TrackLayout(
        code=root.get("code", "").strip(),
        name=root.findtext("name", default="").strip(),
        length_m=float(root.findtext("length", default="0")),
    )
    for node in root.iterfind("loops/loop"):
        layout.loops.append(
            TimingLoop(
                loop_id=int(node.get("id")),
                distance_m=float(node.get("distance", "0")),
                role=node.get("role", "sector"),
            )
        )
    if not layout.code or not layout.loops:
        raise ValueError("layout must have a code and at least one loop")
    return layout


@require_POST
def upload_layout(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("layout")
    if upload is None:
        return JsonResponse({"error": "missing file"}, status=400)
    try:
        layout = parse_layout(upload.read())
    except (etree.XMLSyntaxError, ValueError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    from .models import Layout

    Layout.objects.update_or_create(
        code=layout.code,
        defaults={"name": layout.name, "length_m": layout.length_m, "loop_count": len(layout.loops)},
    )
    return JsonResponse({"code": layout.code, "name": layout.name, "loops": len(layout.loops)})
