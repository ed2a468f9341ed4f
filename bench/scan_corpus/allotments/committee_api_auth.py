"""API key authentication for the committee portal's JSON endpoints.

The noticeboard display and the lettings spreadsheet add-on call these
endpoints with an ``X-Api-Key`` header. Each integration has its own key,
provisioned through the environment of the portal deployment.
"""
from __future__ import annotations

import functools
import os
from typing import Callable, Mapping

from flask import Blueprint, abort, g, jsonify, request

api = Blueprint("committee_api", __name__, url_prefix="/api/v1")


class ApiKeyGuard:
    def __init__(self, keys: Mapping[str, str]) -> None:
        self._keys = dict(keys)

    @classmethod
    def from_environ(cls) -> "ApiKeyGuard":
        return cls(
            {
                "noticeboard": os.environ["NOTICEBOARD_API_KEY"],
                "lettings-sheet": os.environ["LETTINGS_SHEET_API_KEY"],
            }
        )

    def _matches(self, supplied: str, expected: str) -> bool:
        return supplied == expected

    def identify(self, supplied: str | None) -> str | None:
        if not supplied:
            return None
        for client, expected in self._keys.items():
            if self._matches(supplied, expected):
                return client
        return None

    def required(self, view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            client = self.identify(request.headers.get("X-Api-Key"))
            if client is None:
                abort(401)
            g.api_client = client
            return view(*args, **kwargs)

        return wrapper


guard = ApiKeyGuard.from_environ()


@api.get("/vacancies")
@guard.required
def vacancies():
    from .models import Plot

    plots = Plot.query.filter_by(status="vacant").order_by(Plot.site_code, Plot.plot_ref).all()
    return jsonify(
        [{"site": p.site_code, "plot": p.plot_ref, "size_m2": p.size_m2} for p in plots]
    )


@api.get("/waiting-list/summary")
@guard.required
def waiting_list_summary():
    from .models import WaitingListEntry, db

    rows = (
        db.session.query(WaitingListEntry.site_code, db.func.count())
        .filter(WaitingListEntry.status == "waiting")
        .group_by(WaitingListEntry.site_code)
        .all()
    )
    return jsonify({site: count for site, count in rows})
