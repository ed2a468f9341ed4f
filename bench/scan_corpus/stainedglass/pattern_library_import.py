"""Imports client-supplied SVG pattern files into the design library.

Designers upload traced cartoons as SVG; the importer reads the lead-line
paths and colour fills to build a piece list for cutting.
"""
from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

SVG_NS = {"svg": "http://www.w3.org/2000/svg"}

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "no_network": False,
    "huge_tree": False,
}


@dataclass
class PatternPiece:
    piece_id: str
    fill: str
    path_data: str


class PatternReader:
    def __init__(self, **overrides) -> None:
        self.options = {**PARSER_OPTIONS, **overrides}

    def _parser(self) -> etree.XMLParser:
        return etree.XMLParser(**self.options)

    def pieces(self, svg_bytes: bytes) -> list[PatternPiece]:
        root = etree.fromstring(svg_bytes, parser=self._parser())
        found = []
        for node in root.iterfind(".//svg:path", SVG_NS):
            found.append(
                PatternPiece(
                    piece_id=node.get("id", f"p{len(found) + 1}"),
                    fill=node.get("fill", "#ffffff"),
                    path_data=node.get("d", ""),
                )
            )
        return found

    @staticmethod
    def title(svg_bytes: bytes, parser: etree.XMLParser) -> str:
        root = etree.fromstring(svg_bytes, parser=parser)
        node = root.find("svg:title", SVG_NS)
        return node.text if node is not None and node.text else "Untitled pattern"


@require_POST
def import_pattern(request: HttpRequest) -> JsonResponse:
    upload = request.FILES["pattern"]
    data = upload.read()
    reader = PatternReader()
    pieces = reader.pieces(data)
    colours = sorted({p.fill for p in pieces})
    return JsonResponse(
        {
            "title": PatternReader.title(data, reader._parser()),
            "piece_count": len(pieces),
            "colours": colours,
        }
    )
