"""Renders the pre-trip briefing page shown on the boat's tablet.

The page lists the dive sites, the buddy pairs and any notes divers left
on their booking (allergies, seasickness, kit requests) so the crew can see
them at a glance before departure.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from flask import Blueprint, abort
from jinja2 import Environment, PackageLoader

from .trips import load_trip

bp = Blueprint("briefing", __name__, url_prefix="/boat")

_ENV_OPTIONS = {
    "loader": PackageLoader("divecentre", "templates/briefing"),
    "autoescape": False,
    "trim_blocks": True,
    "lstrip_blocks": True,
}
_env = Environment(**_ENV_OPTIONS)


@dataclass
class DiverLine:
    name: str
    cert_level: str
    buddy: str
    nitrox: bool
    booking_notes: str = ""


@dataclass
class Briefing:
    trip_code: str
    vessel: str
    departs: str
    sites: list[str]
    divers: list[DiverLine] = field(default_factory=list)

    @property
    def nitrox_count(self) -> int:
        return sum(1 for d in self.divers if d.nitrox)


def build_briefing(trip_code: str) -> Briefing:
    trip = load_trip(trip_code)
    if trip is None:
        abort(404)
    return Briefing(
        trip_code=trip.code,
        vessel=trip.vessel,
        departs=trip.departs.strftime("%H:%M"),
        sites=[s.name for s in trip.sites],
        divers=[
            DiverLine(
                name=b.diver_name,
                cert_level=b.cert_level,
                buddy=b.buddy_name or "-",
                nitrox=b.nitrox,
                booking_notes=b.notes or "",
            )
            for b in trip.bookings
        ],
    )


@bp.get("/briefing/<trip_code>")
def briefing_page(trip_code: str) -> str:
    briefing = build_briefing(trip_code)
    return _env.get_template("briefing.html").render(briefing=briefing)
