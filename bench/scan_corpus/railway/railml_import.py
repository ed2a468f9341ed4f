"""Import of railML timetable files submitted by open-access operators."""
from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

NS = {"rml": "https://www.railml.org/schemas/3.2"}

_PARSER_OPTIONS = dict(
    remove_blank_text=True,
    load_dtd=True,
    resolve_entities=True,
    no_network=False,
)


@dataclass
class TrainPart:
    train_number: str
    operating_days: str
    stops: list[str]


def parse_timetable(fileobj) -> list[TrainPart]:
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    tree = etree.parse(fileobj, parser)
    parts = []
    for tp in tree.iterfind(".//rml:trainPart", namespaces=NS):
        stops = [ocp.get("ref", "") for ocp in tp.iterfind(".//rml:ocpTT/rml:ocpRef", namespaces=NS)]
        parts.append(
            TrainPart(
                train_number=tp.get("trainNumber", ""),
                operating_days=tp.findtext("rml:operatingPeriodRef", default="", namespaces=NS),
                stops=stops,
            )
        )
    return parts


@require_POST
@permission_required("timetables.add_submission", raise_exception=True)
def upload_timetable(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("railml")
    if upload is None:
        return JsonResponse({"error": "no file"}, status=400)
    try:
        parts = parse_timetable(upload)
    except etree.XMLSyntaxError as exc:
        return JsonResponse({"error": f"invalid railML: {exc}"}, status=400)
    return JsonResponse({"train_parts": len(parts)})
