"""Saved searches on the public planning register.

The search form round-trips its state in a hidden ``state`` field so that
"back to results" works without a server-side session.
"""
import base64
from dataclasses import dataclass, field
from datetime import date

import jsonpickle
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from planning.register import search_applications


@dataclass
class SearchState:
    keywords: str = ""
    ward: str | None = None
    decided_after: date | None = None
    statuses: list[str] = field(default_factory=list)
    page: int = 1


def encode_state(state: SearchState) -> str:
    return base64.urlsafe_b64encode(jsonpickle.encode(state).encode()).decode()


def decode_state(blob: str) -> SearchState:
    if not blob:
        return SearchState()
    raw = base64.urlsafe_b64decode(blob.encode()).decode()
    return jsonpickle.decode(raw)


def register_search(request: HttpRequest) -> HttpResponse:
    state = decode_state(request.POST.get("state") or request.GET.get("state", ""))
    if "keywords" in request.GET:
        state.keywords = request.GET["keywords"][:200]
        state.page = 1
    if "page" in request.GET:
        state.page = max(1, int(request.GET["page"]))

    results = search_applications(
        keywords=state.keywords,
        ward=state.ward,
        decided_after=state.decided_after,
        statuses=state.statuses,
        page=state.page,
    )
    return render(
        request,
        "planning/register_results.html",
        {"results": results, "state": encode_state(state)},
    )
