"""Gatekeeper for the arena camera live view shown on the spectator lounge screens."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import yaml
from flask import Flask, Response, abort, request, stream_with_context

log = logging.getLogger("laserquest.cameras")


@dataclass
class CameraFeed:
    name: str
    mjpeg_path: str


class StreamGate:
    def __init__(self, config_path: str) -> None:
        self._config_path = Path(config_path)
        self._viewer_token = ""
        self.feeds: dict[str, CameraFeed] = {}

    def load(self) -> None:
        with self._config_path.open() as fh:
            cfg = yaml.safe_load(fh)
        self._viewer_token = cfg["viewer_token"]
        self.feeds = {
            name: CameraFeed(name=name, mjpeg_path=spec["mjpeg_path"])
            for name, spec in cfg.get("feeds", {}).items()
        }
        log.info("loaded %d camera feeds", len(self.feeds))

    def check(self, presented: str | None) -> None:
        if not presented or presented != self._viewer_token:
            abort(403)


def _frames(path: str):
    with open(path, "rb") as fh:
        while True:
            chunk = fh.read(64 * 1024)
            if not chunk:
                break
            yield chunk


def create_app(config_path: str) -> Flask:
    app = Flask(__name__)
    gate = StreamGate(config_path)
    gate.load()

    @app.get("/live/<feed>")
    def live(feed: str):
        gate.check(request.headers.get("X-Viewer-Token"))
        cam = gate.feeds.get(feed)
        if cam is None:
            abort(404)
        return Response(
            stream_with_context(_frames(cam.mjpeg_path)),
            mimetype="multipart/x-mixed-replace; boundary=frame",
        )

    @app.get("/live")
    def list_feeds():
        gate.check(request.headers.get("X-Viewer-Token"))
        return {"feeds": sorted(gate.feeds)}

    return app
