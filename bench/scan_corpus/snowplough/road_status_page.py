"""Renders the public road status page from the latest segment conditions."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

TEMPLATE_DIR = Path(__file__).with_name("templates")

STATE_BADGES = {
    "clear": Markup('<span class="badge badge-clear">Clear</span>'),
    "wet": Markup('<span class="badge badge-wet">Wet</span>'),
    "icy": Markup('<span class="badge badge-icy">Icy</span>'),
    "snow": Markup('<span class="badge badge-snow">Snow covered</span>'),
}


@dataclass
class SegmentStatus:
    name: str
    state: str
    note: str
    last_ploughed: datetime | None

    @property
    def badge(self) -> Markup:
        return STATE_BADGES.get(self.state, STATE_BADGES["wet"])


class StatusPageRenderer:
    def __init__(self, template_dir: Path = TEMPLATE_DIR) -> None:
        self.env = Environment(
            loader=FileSystemLoader(str(template_dir)),
            autoescape=select_autoescape(["html", "xml"]),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["since"] = self._since

    @staticmethod
    def _since(value: datetime | None) -> str:
        return value.strftime("%d %b %H:%M") if value else "not yet this storm"

    def render(self, segments: list[SegmentStatus], generated_at: datetime) -> str:
        template = self.env.get_template("road_status.html")
        return template.render(segments=segments, generated_at=generated_at)


def write_page(segments: list[SegmentStatus], out: Path) -> None:
    html = StatusPageRenderer().render(segments, datetime.now())
    out.write_text(html, encoding="utf-8")
