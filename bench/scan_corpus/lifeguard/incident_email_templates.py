"""Renders incident notification emails sent to beach supervisors."""

from __future__ import annotations

from typing import Any, Dict

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup, escape

TEMPLATES = {
    "incident.html": (
        "<h2>{{ incident.type|title }} at {{ incident.beach }}</h2>"
        "<p>Tower {{ incident.tower }} &middot; {{ incident.occurred_at }}</p>"
        "<p>Responding guard: {{ incident.guard }}</p>"
        "<div>{{ incident.narrative|nl2br }}</div>"
        "{{ footer }}"
    ),
    "incident.txt": "{{ incident.type }} at {{ incident.beach }} (tower {{ incident.tower }})\n{{ incident.narrative }}",
}


class EmailRenderer:
    FOOTER = Markup('<p style="color:#666">Beach Lifeguard Service &middot; automated notice</p>')

    def __init__(self) -> None:
        self.env = Environment(
            loader=DictLoader(TEMPLATES),
            autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        )
        self.env.filters["nl2br"] = self.nl2br

    @staticmethod
    def nl2br(value: Any) -> Markup:
        return Markup("<br>\n").join(escape(line) for line in str(value).splitlines())

    def render(self, incident: Dict[str, Any]) -> Dict[str, str]:
        return {
            "html": self.env.get_template("incident.html").render(incident=incident, footer=self.FOOTER),
            "text": self.env.get_template("incident.txt").render(incident=incident),
        }
