"""Renders the pre-departure itinerary e-mail sent one week before each tour."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

TEMPLATE_DIR = Path(__file__).parent / "templates" / "email"

SIGNATURE_HTML = Markup(
    "<p>Ride safe,<br>The Cycletouring team</p>"
    '<p style="font-size:11px;color:#777">Questions? Reply to this e-mail.</p>'
)


@dataclass
class ItineraryNight:
    night: date
    town: str
    guesthouse: str
    guesthouse_phone: str
    luggage_pickup: str


@dataclass
class ItineraryEmail:
    rider_first_name: str
    tour_title: str
    special_requests: str
    nights: list[ItineraryNight]


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(enabled_extensions=("html", "htm"), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["day"] = lambda d: d.strftime("%a %d %b")
    return env


class ItineraryRenderer:
    def __init__(self):
        self._env = _environment()

    def render(self, mail: ItineraryEmail) -> tuple[str, str]:
        """Returns (html, text) bodies for the itinerary mail."""
        context = {
            "rider": mail.rider_first_name,
            "tour": mail.tour_title,
            "requests": mail.special_requests,
            "nights": mail.nights,
            "signature": SIGNATURE_HTML,
        }
        html = self._env.get_template("itinerary.html").render(**context)
        text = self._env.get_template("itinerary.txt").render(**context)
        return html, text
