"""HTML fragments for the club leaderboard widget.

The widget is rendered server-side and cached per club for five minutes;
the template just iterates over ``rows`` and prints each cell.
"""
from __future__ import annotations

from dataclasses import dataclass

from flask import render_template, url_for
from markupsafe import Markup

from leaderboards.cache import cached_fragment
from leaderboards.queries import top_efforts

MEDALS = {1: "gold", 2: "silver", 3: "bronze"}


@dataclass
class Row:
    rank: int
    athlete: Markup
    time: str
    medal: str | None


def format_duration(seconds: int) -> str:
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _athlete_link(effort) -> Markup:
    href = url_for("athletes.profile", athlete_id=effort.athlete_id)
    return Markup(f'<a class="athlete" href="{href}">{effort.athlete_display_name}</a>')


def build_rows(efforts) -> list[Row]:
    return [
        Row(
            rank=i,
            athlete=_athlete_link(e),
            time=format_duration(e.elapsed_s),
            medal=MEDALS.get(i),
        )
        for i, e in enumerate(efforts, start=1)
    ]


@cached_fragment(ttl=300)
def render_club_leaderboard(club_id: int, segment_id: int) -> str:
    efforts = top_efforts(club_id=club_id, segment_id=segment_id, limit=25)
    return render_template("leaderboards/widget.html", rows=build_rows(efforts))
