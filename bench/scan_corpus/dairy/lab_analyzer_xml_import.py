"""Imports result files exported by the milk analyser in the quality lab.

Partner labs also upload the same XML format through the results
portal when they test samples on the cooperative's behalf.
"""
from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "no_network": False,
    "load_dtd": True,
}


@dataclass
class SampleResult:
    barcode: str
    fat_pct: float
    protein_pct: float
    lactose_pct: float
    scc_k: int


def make_parser(**overrides) -> etree.XMLParser:
    options = {**PARSER_OPTIONS, **overrides}
    return etree.XMLParser(**options)


def parse_results(payload: bytes) -> list[SampleResult]:
    root = etree.fromstring(payload, parser=make_parser())
    results = []
    for node in root.iterfind(".//Sample"):
        results.append(
            SampleResult(
                barcode=node.findtext("Barcode", "").strip(),
                fat_pct=float(node.findtext("Fat", "0")),
                protein_pct=float(node.findtext("Protein", "0")),
                lactose_pct=float(node.findtext("Lactose", "0")),
                scc_k=int(float(node.findtext("SCC", "0"))),
            )
        )
    return results


@require_POST
def upload_results(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("results")
    if upload is None:
        return JsonResponse({"error": "no file"}, status=400)
    results = parse_results(upload.read())
    return JsonResponse({
        "imported": len(results),
        "barcodes": [r.barcode for r in results],
    })
