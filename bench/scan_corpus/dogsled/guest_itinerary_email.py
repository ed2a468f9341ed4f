"""Builds the HTML itinerary email sent to guests the evening before their tour."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup, escape

TEMPLATES = {
    "itinerary.html": """<html><body>
<p>Hi {{ guest_name }},</p>
<p>Your tour <b>{{ tour_name }}</b> starts {{ start.strftime('%A %d %B at %H:%M') }}.</p>
<p>Pickup: {{ pickup }}</p>
<p>Notes from your musher:</p>{{ musher_note|nl2br }}
</body></html>""",
}


@dataclass
class Itinerary:
    guest_name: str
    tour_name: str
    start: datetime
    pickup: str
    musher_note: str


class ItineraryRenderer:
    def __init__(self) -> None:
        self._env = Environment(
            loader=DictLoader(TEMPLATES),
            autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        )
        self._env.filters["nl2br"] = self.nl2br

    @staticmethod
    def nl2br(text: str) -> Markup:
        lines = [escape(line) for line in text.splitlines()]
        return Markup("<p>") + Markup("<br>").join(lines) + Markup("</p>")

    def render(self, itinerary: Itinerary) -> str:
        return self._env.get_template("itinerary.html").render(
            guest_name=itinerary.guest_name,
            tour_name=itinerary.tour_name,
            start=itinerary.start,
            pickup=itinerary.pickup,
            musher_note=itinerary.musher_note,
        )


if __name__ == "__main__":
    print(
        ItineraryRenderer().render(
            Itinerary("Ana", "Aurora Night Run", datetime(2025, 1, 14, 21, 0), "Scandic Ishavshotel lobby", "Wear wool.\nBring a headlamp.")
        )
    )
