"""Serves archived river-level CSV files to the trip planning dashboard."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from aiohttp import web


class GaugeHistoryStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def months(self, station: str) -> list[str]:
        folder = self.root / "stations"
        return sorted(p.stem for p in folder.glob(f"{station}_*.csv"))

    def open_export(self, name: str) -> Path:
        return self.root.joinpath("stations", name)


def _summarise(path: Path) -> dict[str, float]:
    levels = []
    with path.open(newline="") as fh:
        for row in csv.DictReader(fh):
            levels.append(float(row["level_m"]))
    return {"min": min(levels), "max": max(levels), "count": len(levels)} if levels else {}


class HistoryHandlers:
    def __init__(self, store: GaugeHistoryStore) -> None:
        self.store = store

    async def index(self, request: web.Request) -> web.Response:
        station = request.match_info["station"]
        return web.json_response({"station": station, "months": self.store.months(station)})

    async def download(self, request: web.Request) -> web.StreamResponse:
        path = self.store.open_export(request.query.get("file", ""))
        if not path.is_file():
            raise web.HTTPNotFound()
        if request.query.get("summary") == "1":
            return web.json_response(_summarise(path))
        return web.FileResponse(path, headers={"Content-Disposition": f"attachment; filename={path.name}"})


def make_app(root: Path) -> web.Application:
    handlers = HistoryHandlers(GaugeHistoryStore(root))
    app = web.Application()
    app.add_routes(
        [
            web.get("/gauges/{station}/history", handlers.index),
            web.get("/gauges/history/export", handlers.download),
        ]
    )
    return app
