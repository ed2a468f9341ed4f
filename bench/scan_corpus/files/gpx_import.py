"""Streaming importer for GPX tracks uploaded from fitness devices.

GPX files from long rides can be tens of megabytes, so we use SAX instead of
building a tree.
"""
import xml.sax
from datetime import datetime
from xml.sax import handler


class TrackPointHandler(handler.ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.points: list[tuple[float, float, float | None, datetime | None]] = []
        self._current: dict | None = None
        self._text: list[str] = []

    def startElement(self, name, attrs):
        if name == "trkpt":
            self._current = {"lat": float(attrs["lat"]), "lon": float(attrs["lon"])}
        self._text = []

    def characters(self, content):
        self._text.append(content)

    def endElement(self, name):
        if self._current is None:
            return
        value = "".join(self._text).strip()
        if name == "ele":
            self._current["ele"] = float(value)
        elif name == "time":
            self._current["time"] = datetime.fromisoformat(value.replace("Z", "+00:00"))
        elif name == "trkpt":
            c = self._current
            self.points.append((c["lat"], c["lon"], c.get("ele"), c.get("time")))
            self._current = None


def parse_gpx(stream) -> list:
    track = TrackPointHandler()
    parser = xml.sax.make_parser()
    parser.setContentHandler(track)
    # device exports reference the Garmin extension schema via entities
    parser.setFeature(handler.feature_external_ges, True)
    parser.parse(stream)
    return track.points
