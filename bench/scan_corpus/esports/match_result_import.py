"""Import of match results exported by LAN admin tools as XML.

Tournament organisers upload the XML report produced by their on-site
admin tool; we turn it into per-map results and attach them to the match.
"""
from dataclasses import dataclass

from django.contrib.auth.decorators import permission_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

from matches.models import Match

_PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)


@dataclass
class MapResult:
    map_name: str
    score_a: int
    score_b: int


def parse_results(xml_bytes: bytes) -> list[MapResult]:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    results = []
    for node in root.iterfind("./maps/map"):
        results.append(
            MapResult(
                map_name=node.findtext("name", default="").strip(),
                score_a=int(node.findtext("scoreA", default="0")),
                score_b=int(node.findtext("scoreB", default="0")),
            )
        )
    return results


@require_POST
@permission_required("matches.change_match", raise_exception=True)
def upload_results(request, match_id: int):
    upload = request.FILES.get("report")
    if upload is None:
        return HttpResponseBadRequest("missing report file")
    try:
        maps = parse_results(upload.read())
    except (etree.XMLSyntaxError, ValueError):
        return HttpResponseBadRequest("could not parse report")
    match = Match.objects.get(pk=match_id)
    match.record_maps([(m.map_name, m.score_a, m.score_b) for m in maps])
    return JsonResponse({"match": match.pk, "maps": len(maps)})
