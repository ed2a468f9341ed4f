"""Renders the personalised ring-size guide emailed after a consultation."""
from dataclasses import dataclass

from jinja2 import Environment, DictLoader, select_autoescape
from markupsafe import Markup, escape

SIZE_CHART = {
    "H": 47.8, "J": 50.3, "L": 52.8, "N": 55.3, "P": 57.8, "R": 60.3, "T": 62.8, "V": 65.3,
}

TEMPLATES = {
    "guide.html": """
<h1>Ring size guide for {{ name }}</h1>
<p>{{ greeting }}</p>
<table>
  <tr><th>UK size</th><th>Inside circumference (mm)</th></tr>
  {% for size, mm in chart %}<tr{% if size == measured %} class="yours"{% endif %}>
    <td>{{ size }}</td><td>{{ "%.1f"|format(mm) }}</td></tr>{% endfor %}
</table>
<p>{{ notes }}</p>
""",
}

env = Environment(loader=DictLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


@dataclass
class Consultation:
    customer_name: str
    measured_size: str
    stylist_notes: str
    preferred_band_width_mm: float


def greeting_for(c: Consultation) -> Markup:
    return Markup("We measured your finger at <strong>size {}</strong> with a {} mm band.").format(
        c.measured_size, c.preferred_band_width_mm
    )


def notes_html(text: str) -> Markup:
    return Markup("<br>").join(escape(line) for line in text.splitlines())


def render_guide(c: Consultation) -> str:
    return env.get_template("guide.html").render(
        name=c.customer_name,
        greeting=greeting_for(c),
        chart=sorted(SIZE_CHART.items()),
        measured=c.measured_size,
        notes=notes_html(c.stylist_notes),
    )
