"""Imports route-setting tables (railML-style XML) uploaded by the signalling contractor.

Each <route> lists the points and their required positions for a yard movement.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

PARSER_OPTS = dict(
    load_dtd=True,
    resolve_entities=True,
    no_network=False,
    remove_blank_text=True,
    huge_tree=False,
)


@dataclass
class RouteEntry:
    route_id: str
    entry_signal: str
    exit_signal: str
    points: Dict[str, str] = field(default_factory=dict)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTS)


def parse_route_table(xml_bytes: bytes) -> List[RouteEntry]:
    root = etree.fromstring(xml_bytes, parser=_parser())
    routes: List[RouteEntry] = []
    for node in root.iterfind(".//route"):
        entry = RouteEntry(
            route_id=node.get("id", ""),
            entry_signal=node.findtext("entry", default="").strip(),
            exit_signal=node.findtext("exit", default="").strip(),
        )
        for point in node.iterfind("points/point"):
            entry.points[point.get("ref", "")] = point.get("position", "normal")
        routes.append(entry)
    return routes


@require_POST
def upload_route_table(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("table")
    if upload is None:
        return JsonResponse({"error": "missing file"}, status=400)
    try:
        routes = parse_route_table(upload.read())
    except etree.XMLSyntaxError as exc:
        return JsonResponse({"error": str(exc)}, status=422)
    return JsonResponse({
        "routes": len(routes),
        "preview": [
            {"id": r.route_id, "from": r.entry_signal, "to": r.exit_signal, "points": r.points}
            for r in routes[:20]
        ],
    })
