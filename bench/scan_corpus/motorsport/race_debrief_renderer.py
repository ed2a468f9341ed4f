"""Renders the post-race debrief page from engineer notes and driver feedback."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import List

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

TEMPLATE_DIR = Path(__file__).with_name("templates")

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(enabled_extensions=("html", "htm", "xml"), default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def sector_badge(delta_ms: int, label: str) -> Markup:
    """Colour-coded sector delta chip; Markup.format escapes the interpolated values."""
    css = "purple" if delta_ms < 0 else ("green" if delta_ms == 0 else "yellow")
    return Markup('<span class="sector {}">{} {:+.3f}s</span>').format(css, label, delta_ms / 1000)


env.filters["sector_badge"] = sector_badge


@dataclass
class DebriefNote:
    author: str
    topic: str
    text: str


@dataclass
class Debrief:
    event: str
    car: int
    driver: str
    sector_deltas_ms: List[int] = field(default_factory=list)
    notes: List[DebriefNote] = field(default_factory=list)


def render_debrief(debrief: Debrief) -> str:
    template = env.get_template("debrief.html")
    return template.render(
        debrief=debrief,
        sectors=list(enumerate(debrief.sector_deltas_ms, start=1)),
        title=f"{debrief.event} debrief - car {debrief.car}",
    )


def write_debrief(debrief: Debrief, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{debrief.event}_car{debrief.car}_debrief.html"
    target.write_text(render_debrief(debrief), encoding="utf-8")
    return target
