"""Shareable links that let a party see the running bar tab for their room.

The link carries the tab id, an expiry and an HMAC so guests can check the tab
on their phones without signing in.
"""
from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, JsonResponse

from karaoke.tabs.models import BarTab

LINK_TTL_SECONDS = 6 * 3600


@dataclass
class SignedTabLink:
    tab_id: int
    expires: int
    signature: str = ""

    @property
    def payload(self) -> bytes:
        return f"{self.tab_id}:{self.expires}".encode("ascii")

    @property
    def expected_signature(self) -> str:
        key = settings.TAB_LINK_SIGNING_KEY.encode("utf-8")
        return hmac.new(key, self.payload, hashlib.sha256).hexdigest()

    @classmethod
    def for_tab(cls, tab_id: int) -> "SignedTabLink":
        link = cls(tab_id=tab_id, expires=int(time.time()) + LINK_TTL_SECONDS)
        link.signature = link.expected_signature
        return link

    def query_string(self) -> str:
        return urlencode({"tab": self.tab_id, "exp": self.expires, "sig": self.signature})

    def is_valid(self, now: float | None = None) -> bool:
        now = time.time() if now is None else now
        if self.expires < now:
            return False
        return self.signature == self.expected_signature


def shared_tab_view(request):
    try:
        link = SignedTabLink(
            tab_id=int(request.GET["tab"]),
            expires=int(request.GET["exp"]),
            signature=request.GET["sig"],
        )
    except (KeyError, ValueError):
        raise Http404
    if not link.is_valid():
        raise Http404
    tab = BarTab.objects.select_related("room").filter(pk=link.tab_id, closed_at__isnull=True).first()
    if tab is None:
        raise Http404
    return JsonResponse(
        {
            "room": tab.room.name,
            "items": [{"name": i.name, "qty": i.quantity, "price": str(i.price)} for i in tab.items.all()],
            "total": str(tab.total),
        }
    )
