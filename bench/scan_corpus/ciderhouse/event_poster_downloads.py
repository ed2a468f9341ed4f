"""Serves poster and menu files attached to taproom events."""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, request, send_file

posters = Blueprint("posters", __name__)


@dataclass
class PosterLibrary:
    root: str
    default_name: str = "poster.pdf"

    @classmethod
    def from_app(cls) -> "PosterLibrary":
        return cls(root=current_app.config["EVENT_ASSET_ROOT"])

    def folder_for(self, event_slug: str) -> str:
        return os.path.join(self.root, "events", event_slug)

    def path_for(self, event_slug: str, filename: str | None) -> str:
        return os.path.join(self.folder_for(event_slug), filename or self.default_name)


def _published_event(slug: str) -> dict | None:
    events = current_app.extensions["event_repository"]
    event = events.by_slug(slug)
    if event is None or not event.get("published"):
        return None
    return event


@posters.get("/events/<slug>/assets")
def event_asset(slug: str):
    event = _published_event(slug)
    if event is None:
        abort(404)
    library = PosterLibrary.from_app()
    path = library.path_for(event["slug"], request.args.get("file"))
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=request.args.get("download") == "1")
