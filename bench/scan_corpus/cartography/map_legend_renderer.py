"""Renders the HTML legend shown beside interactive client maps.

Each layer in a workspace has a title, a swatch colour and a free-text
description that clients type in the layer settings panel.
"""
from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

env = Environment(
    loader=PackageLoader("mapstudio", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass
class LegendEntry:
    title: str
    swatch: str
    description: str
    visible: bool = True


def _swatch(colour: str) -> str:
    colour = colour.strip()
    if colour.startswith("#") and len(colour) in (4, 7) and all(
        c in "0123456789abcdefABCDEF" for c in colour[1:]
    ):
        return colour
    return "#999999"


class LegendRenderer:
    template_name = "legend.html"

    def __init__(self, workspace_name: str):
        self.workspace_name = workspace_name

    def _context_entry(self, entry: LegendEntry) -> dict:
        return {
            "title": entry.title,
            "swatch": _swatch(entry.swatch),
            "description": Markup(entry.description),
        }

    def render(self, entries: list[LegendEntry]) -> str:
        template = env.get_template(self.template_name)
        return template.render(
            workspace=self.workspace_name,
            entries=[self._context_entry(e) for e in entries if e.visible],
        )
