"""Lets collectors re-import a want list they exported from their account page."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import jsonpickle
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


@dataclass
class WantedItem:
    country: str
    catalogue: str
    number: str
    max_price_gbp: int = 0
    notes: str = ""


@dataclass
class WantList:
    owner_id: int
    items: list[WantedItem] = field(default_factory=list)


class WantListCodec:
    """Round-trips want lists to the downloadable `.wantlist` export format."""

    decode_opts: dict[str, Any] = {"keys": True, "classes": [WantList, WantedItem]}

    def dumps(self, wants: WantList) -> str:
        return jsonpickle.encode(wants, keys=True, indent=1)

    def loads(self, payload: str) -> WantList:
        return jsonpickle.decode(payload, **self.decode_opts)


codec = WantListCodec()


@login_required
@require_POST
def import_want_list(request: HttpRequest) -> JsonResponse:
    upload = request.FILES["wantlist"]
    wants = codec.loads(upload.read().decode("utf-8"))
    if not isinstance(wants, WantList):
        return JsonResponse({"error": "not a want list"}, status=400)
    wants.owner_id = request.user.id
    from collectors.models import WantListEntry

    WantListEntry.objects.filter(owner_id=request.user.id).delete()
    WantListEntry.objects.bulk_create(
        WantListEntry(owner_id=request.user.id, **item.__dict__) for item in wants.items
    )
    return JsonResponse({"imported": len(wants.items)})
