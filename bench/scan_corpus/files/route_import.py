"""Streaming importer for GPX routes uploaded by users.

Planned routes can contain many thousands of points, so we parse them with a
SAX handler rather than building a DOM.
"""
from datetime import datetime
from xml.sax.handler import ContentHandler

import defusedxml.sax


class RoutePointHandler(ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.name: str | None = None
        self.points: list[tuple[float, float, float | None]] = []
        self._current: dict | None = None
        self._buf: list[str] = []
        self._in_route = False

    def startElement(self, name, attrs):
        self._buf = []
        if name == "rte":
            self._in_route = True
        elif name == "rtept":
            self._current = {"lat": float(attrs["lat"]), "lon": float(attrs["lon"])}

    def characters(self, content):
        self._buf.append(content)

    def endElement(self, name):
        text = "".join(self._buf).strip()
        if name == "name" and self._in_route and self._current is None and self.name is None:
            self.name = text
        elif name == "ele" and self._current is not None:
            self._current["ele"] = float(text)
        elif name == "rtept" and self._current is not None:
            c = self._current
            self.points.append((c["lat"], c["lon"], c.get("ele")))
            self._current = None
        elif name == "rte":
            self._in_route = False


def parse_route(stream) -> RoutePointHandler:
    handler = RoutePointHandler()
    defusedxml.sax.parse(stream, handler)
    return handler


def summarise(stream) -> dict:
    route = parse_route(stream)
    return {
        "name": route.name,
        "points": len(route.points),
        "imported_at": datetime.utcnow().isoformat(timespec="seconds"),
    }
