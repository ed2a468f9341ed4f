"""Renders the type-tester specimen page with customer-entered sample text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import List

from flask import Blueprint, Response, abort, request
from jinja2 import Environment, PackageLoader, select_autoescape

bp = Blueprint("specimens", __name__)

env = Environment(
    loader=PackageLoader("typefoundry", "templates/specimens"),
    autoescape=select_autoescape(enabled_extensions=("html", "xml"), default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)

DEFAULT_SAMPLE = "Sphinx of black quartz, judge my vow"
MAX_SAMPLE_LEN = 200


@dataclass
class StyleRow:
    name: str
    css_family: str
    weight: int
    italic: bool


def _styles_for(family_slug: str) -> List[StyleRow]:
    from .catalogue import styles_of

    return [
        StyleRow(s.name, s.css_family, s.weight, s.italic) for s in styles_of(family_slug)
    ]


def render_specimen(family_name: str, styles: List[StyleRow], sample: str, size: int) -> str:
    template = env.get_template("tester.html")
    return template.render(
        family_name=family_name,
        styles=styles,
        sample=sample,
        size=size,
    )


@bp.get("/fonts/<family_slug>/tester")
def tester(family_slug: str) -> Response:
    styles = _styles_for(family_slug)
    if not styles:
        abort(404)
    sample = request.args.get("text", DEFAULT_SAMPLE)[:MAX_SAMPLE_LEN]
    try:
        size = max(8, min(int(request.args.get("size", "48")), 300))
    except ValueError:
        size = 48
    html = render_specimen(family_slug.replace("-", " ").title(), styles, sample, size)
    return Response(html, mimetype="text/html")
