"""Imports door event exports uploaded by site managers.

Older controllers can only export their event journal as XML; managers upload
the file through the admin console and the events are stored for auditing.
"""
from __future__ import annotations

from datetime import datetime
from typing import Iterator, NamedTuple

from django.contrib.admin.views.decorators import staff_member_required
from django.db import transaction
from django.http import HttpRequest, JsonResponse
from lxml import etree

from access.models import DoorEvent

PARSER_OPTIONS = dict(resolve_entities=True, no_network=False, remove_comments=True)


class ParsedEvent(NamedTuple):
    controller: str
    door: str
    badge: str
    outcome: str
    at: datetime


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def iter_events(xml_bytes: bytes) -> Iterator[ParsedEvent]:
    root = etree.fromstring(xml_bytes, parser=_parser())
    controller = root.get("controller", "unknown")
    for node in root.iterfind(".//event"):
        yield ParsedEvent(
            controller=controller,
            door=node.findtext("door", default=""),
            badge=node.findtext("badge", default=""),
            outcome=node.findtext("result", default="unknown"),
            at=datetime.fromisoformat(node.findtext("timestamp")),
        )


@staff_member_required
def upload_event_export(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("export")
    if upload is None:
        return JsonResponse({"error": "no file"}, status=400)
    created = 0
    with transaction.atomic():
        for event in iter_events(upload.read()):
            DoorEvent.objects.create(
                controller=event.controller,
                door=event.door,
                badge_id=event.badge,
                outcome=event.outcome,
                occurred_at=event.at,
            )
            created += 1
    return JsonResponse({"imported": created})
