"""Synchronises accord snapshots between perfumer workstations and the lab server.

Workstations push the accord they are working on so that the lab can weigh a
trial; the snapshot includes the object graph of the accord editor.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

import jsonpickle
from aiohttp import web

log = logging.getLogger("workstation.sync")
routes = web.RouteTableDef()


@dataclass
class AccordSnapshot:
    accord_id: str
    perfumer: str
    materials: dict[str, float] = field(default_factory=dict)
    notes: str = ""
    saved_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    def total_parts(self) -> float:
        return sum(self.materials.values())


class SnapshotStore:
    def __init__(self) -> None:
        self._latest: dict[str, AccordSnapshot] = {}

    def put(self, snap: AccordSnapshot) -> None:
        self._latest[snap.accord_id] = snap

    def get(self, accord_id: str) -> AccordSnapshot | None:
        return self._latest.get(accord_id)


def _restore(body: str) -> AccordSnapshot:
    snapshot = jsonpickle.decode(body)
    if not isinstance(snapshot, AccordSnapshot):
        raise web.HTTPUnprocessableEntity(text="not an accord snapshot")
    return snapshot


@routes.post("/sync/accords")
async def push_snapshot(request: web.Request) -> web.Response:
    store: SnapshotStore = request.app["snapshots"]
    snap = _restore(await request.text())
    store.put(snap)
    log.info("accord %s pushed by %s (%.1f parts)", snap.accord_id, snap.perfumer, snap.total_parts())
    return web.json_response({"accord_id": snap.accord_id, "stored": True})


@routes.get("/sync/accords/{accord_id}")
async def pull_snapshot(request: web.Request) -> web.Response:
    snap = request.app["snapshots"].get(request.match_info["accord_id"])
    if snap is None:
        raise web.HTTPNotFound()
    return web.Response(text=jsonpickle.encode(snap), content_type="application/json")


def build_app() -> web.Application:
    app = web.Application(client_max_size=2 * 1024 * 1024)
    app["snapshots"] = SnapshotStore()
    app.add_routes(routes)
    return app
