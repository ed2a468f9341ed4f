"""Renders the HTML preview of a customer's proposed bell inscription and decoration."""
from __future__ import annotations

from dataclasses import dataclass
from typing import List

from flask import Flask, request
from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup

app = Flask(__name__)

TEMPLATES = {
    "preview.html": (
        "<h1>Inscription preview for {{ bell }}</h1>"
        "<p class='waist'>{{ inscription }}</p>"
        "<ul>{% for line in decorations %}<li>{{ line }}</li>{% endfor %}</ul>"
        "<p class='note'>{{ note }}</p>"
    )
}


class PreviewRenderer:
    def __init__(self) -> None:
        self.env = Environment(
            loader=DictLoader(TEMPLATES),
            autoescape=select_autoescape(enabled_extensions=("html",), default=True),
        )

    @staticmethod
    def highlight(text: str) -> Markup:
        return Markup("<strong class='lettering'>{}</strong>").format(text)

    def render(self, bell: str, inscription: str, decorations: List[str], note: str) -> str:
        return self.env.get_template("preview.html").render(
            bell=bell,
            inscription=self.highlight(inscription),
            decorations=decorations,
            note=note,
        )


@dataclass
class PreviewRequest:
    bell: str
    inscription: str
    decorations: List[str]
    note: str

    @classmethod
    def from_form(cls) -> "PreviewRequest":
        return cls(
            bell=request.form.get("bell", "Treble"),
            inscription=request.form.get("inscription", "")[:240],
            decorations=request.form.getlist("decoration")[:6],
            note=request.form.get("note", ""),
        )


renderer = PreviewRenderer()


@app.post("/orders/<order_ref>/inscription/preview")
def preview(order_ref: str):
    req = PreviewRequest.from_form()
    return renderer.render(req.bell, req.inscription, req.decorations, req.note)
