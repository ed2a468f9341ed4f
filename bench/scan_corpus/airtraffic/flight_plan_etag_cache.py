"""Conditional GET support for the public flight plan status endpoint."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Dict, Optional

from flask import Flask, Response, abort, request


@dataclass
class CachedRepresentation:
    body: bytes

    @property
    def etag(self) -> str:
        return hashlib.sha256(self.body).hexdigest()[:20]

    @classmethod
    def of(cls, document: Dict[str, Any]) -> "CachedRepresentation":
        return cls(json.dumps(document, sort_keys=True, default=str).encode("utf-8"))


class StatusResource:
    def __init__(self, repo) -> None:
        self.repo = repo

    def representation(self, gufi: str) -> Optional[CachedRepresentation]:
        plan = self.repo.status_of(gufi)
        if plan is None:
            return None
        return CachedRepresentation.of(
            {"gufi": gufi, "callsign": plan.callsign, "status": plan.status, "eobt": plan.eobt}
        )

    @staticmethod
    def not_modified(rep: CachedRepresentation, if_none_match: Optional[str]) -> bool:
        if not if_none_match:
            return False
        candidates = [tag.strip().strip('"') for tag in if_none_match.split(",")]
        return any(tag == rep.etag for tag in candidates)


def register(app: Flask, resource: StatusResource) -> None:
    @app.get("/flight-plans/<gufi>/status")
    def flight_plan_status(gufi: str) -> Response:
        rep = resource.representation(gufi)
        if rep is None:
            abort(404)
        if resource.not_modified(rep, request.headers.get("If-None-Match")):
            return Response(status=304, headers={"ETag": f'"{rep.etag}"'})
        return Response(rep.body, mimetype="application/json", headers={"ETag": f'"{rep.etag}"'})
