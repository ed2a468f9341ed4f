"""Import of turnstile event exports from the access-control vendor.

Site managers upload the vendor's XML export through the admin page when the
live feed was down, so visitor counts can be back-filled.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

PARSER_OPTIONS = dict(load_dtd=True, resolve_entities=True, no_network=False, huge_tree=False)


@dataclass
class GateEvent:
    gate_id: str
    ticket_id: str
    direction: str
    at: datetime


class VendorExportReader:
    def __init__(self, **parser_options) -> None:
        self.parser = etree.XMLParser(**{**PARSER_OPTIONS, **parser_options})

    def events(self, payload: bytes) -> list[GateEvent]:
        root = etree.fromstring(payload, self.parser)
        out: list[GateEvent] = []
        for node in root.iterfind(".//Passage"):
            out.append(
                GateEvent(
                    gate_id=node.findtext("Gate", default=""),
                    ticket_id=node.findtext("Ticket", default=""),
                    direction=node.get("dir", "in"),
                    at=datetime.fromisoformat(node.findtext("Timestamp")),
                )
            )
        return out


reader = VendorExportReader()


@require_POST
def upload_turnstile_export(request: HttpRequest) -> JsonResponse:
    upload = request.FILES["export"]
    events = reader.events(upload.read())
    entries = sum(1 for e in events if e.direction == "in")
    return JsonResponse({"events": len(events), "entries": entries})
