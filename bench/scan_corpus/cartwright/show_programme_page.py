"""Public page listing the shows our turnouts are booked into this season."""
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, render_template_string
from markupsafe import Markup, escape

bp = Blueprint("programme", __name__)

PAGE = """
<!doctype html>
<title>Where to see us - {{ season }}</title>
<h1>{{ season }} show season</h1>
<ul class="shows">
{% for s in shows %}
  <li><strong>{{ s.name }}</strong>, {{ s.venue }} &middot; {{ s.day.strftime('%d %B') }}
      <div class="notes">{{ s.notes_html }}</div></li>
{% endfor %}
</ul>
"""


@dataclass
class Booking:
    name: str
    venue: str
    day: date
    organiser_notes: str

    @property
    def notes_html(self) -> Markup:
        lines = self.organiser_notes.splitlines()
        return Markup("<br>").join(escape(line) for line in lines if line.strip())


def load_bookings(repo, season: int) -> list[Booking]:
    return [
        Booking(r.show_name, r.venue, r.show_date, r.public_notes or "")
        for r in repo.confirmed_for_season(season)
    ]


@bp.get("/shows/<int:season>")
def programme(season: int):
    from .repos import show_bookings

    shows = sorted(load_bookings(show_bookings, season), key=lambda b: b.day)
    return render_template_string(PAGE, season=season, shows=shows)
