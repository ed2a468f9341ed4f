"""Import of venue and event listings that partners upload as XML feeds.

Events show up in the "date ideas" tab next to a match's chat.
"""
from __future__ import annotations

from datetime import datetime

from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

from events.models import PartnerEvent

# Several partners declare venue names as DTD entities in their feeds.
_FEED_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, remove_blank_text=True)


def parse_feed(data: bytes) -> list[dict]:
    root = etree.fromstring(data, parser=_FEED_PARSER)
    events = []
    for node in root.iterfind("event"):
        events.append({
            "external_id": node.get("id"),
            "title": node.findtext("title", default="").strip(),
            "venue": node.findtext("venue", default="").strip(),
            "city": node.findtext("city", default="").strip(),
            "starts_at": datetime.fromisoformat(node.findtext("starts_at")),
        })
    return events


@require_POST
@permission_required("events.add_partnerevent", raise_exception=True)
def upload_feed(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("feed")
    if upload is None:
        return JsonResponse({"error": "missing feed file"}, status=400)
    try:
        parsed = parse_feed(upload.read())
    except (etree.XMLSyntaxError, ValueError, TypeError) as exc:
        return JsonResponse({"error": f"could not parse feed: {exc}"}, status=400)

    created = 0
    for item in parsed:
        _, was_created = PartnerEvent.objects.update_or_create(
            partner=request.user.partner_profile,
            external_id=item.pop("external_id"),
            defaults=item,
        )
        created += was_created
    return JsonResponse({"received": len(parsed), "created": created})
