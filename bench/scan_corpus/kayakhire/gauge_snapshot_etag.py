"""Falcon resource that serves the current river conditions with conditional GET support."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass

import falcon


@dataclass(frozen=True)
class RiverConditions:
    station: str
    level_m: float
    trend: str
    hire_status: str


class ConditionsResource:
    def __init__(self, source) -> None:
        self.source = source

    @staticmethod
    def _etag_for(body: bytes) -> str:
        return '"' + hashlib.sha256(body).hexdigest()[:16] + '"'

    def on_get(self, req: falcon.Request, resp: falcon.Response, station: str) -> None:
        conditions: RiverConditions | None = self.source.latest(station)
        if conditions is None:
            raise falcon.HTTPNotFound()
        body = json.dumps(asdict(conditions), sort_keys=True).encode("utf-8")
        etag = self._etag_for(body)
        resp.etag = etag
        resp.cache_control = ["public", "max-age=60"]
        if req.get_header("If-None-Match") == etag:
            resp.status = falcon.HTTP_304
            return
        resp.content_type = falcon.MEDIA_JSON
        resp.data = body


def create_app(source) -> falcon.App:
    app = falcon.App()
    app.add_route("/conditions/{station}", ConditionsResource(source))
    return app
