"""Renders the taproom's tap list page and the TV board from the current keg lines."""
from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, request
from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup

TEMPLATES = {
    "tap_list.html": """<!doctype html>
<html><head><title>On tap at {{ venue }}</title></head>
<body>
<h1>On tap {{ sep }} {{ venue }}</h1>
{% if highlight %}<p class="search">Showing: {{ highlight }}</p>{% endif %}
<ul>
{% for tap in taps %}
  <li>{{ tap.number }}. {{ tap.beer }} ({{ tap.style }}) {{ sep }} {{ "%.1f"|format(tap.abv) }}%
      {% if tap.tasting_note %}<em>{{ tap.tasting_note }}</em>{% endif %}</li>
{% endfor %}
</ul>
</body></html>
""",
}

env = Environment(
    loader=DictLoader(TEMPLATES),
    autoescape=select_autoescape(enabled_extensions=("html",), default=True),
)
SEPARATOR = Markup("&middot;")


@dataclass
class Tap:
    number: int
    beer: str
    style: str
    abv: float
    tasting_note: str = ""


TAPS = [
    Tap(1, "Maltings Pale", "Pale Ale", 4.2, "Citrus & biscuit"),
    Tap(2, "Kiln Stout", "Oatmeal Stout", 5.0, "Coffee, dark chocolate"),
    Tap(3, "Guest: Hazy Days", "NEIPA", 6.5),
]

app = Flask(__name__)


def render_tap_list(venue: str, taps: list[Tap], highlight: str = "") -> str:
    template = env.get_template("tap_list.html")
    return template.render(venue=venue, taps=taps, highlight=highlight, sep=SEPARATOR)


@app.get("/taps")
def tap_list():
    query = request.args.get("q", "").strip()
    taps = [t for t in TAPS if query.lower() in t.beer.lower()] if query else TAPS
    return render_tap_list("The Old Maltings", taps, highlight=query)
