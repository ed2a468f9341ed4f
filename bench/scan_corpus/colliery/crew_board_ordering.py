"""Ordering of names on the pit-head crew board display.

The crew board in the lamp room lists who is on each face for the coming
shift. Within a crew, the deputy and shot-firer are pinned at the top and the
remaining names are rotated in a random order each week so no one is always
at the bottom of the list (a long-standing request from the union lodge).
"""
import random
from dataclasses import dataclass, field
from datetime import date

from jinja2 import Environment, PackageLoader, select_autoescape

env = Environment(
    loader=PackageLoader("colliery", "templates"),
    autoescape=select_autoescape(["html"]),
)

PINNED_ROLES = ("deputy", "shot_firer")


@dataclass
class CrewMember:
    name: str
    role: str
    check_number: int


@dataclass
class Crew:
    face: str
    shift: str
    members: list[CrewMember] = field(default_factory=list)


def display_order(crew: Crew) -> list[CrewMember]:
    pinned = [m for role in PINNED_ROLES for m in crew.members if m.role == role]
    rest = [m for m in crew.members if m.role not in PINNED_ROLES]
    random.shuffle(rest)
    return pinned + rest


def render_board(crews: list[Crew], board_date: date) -> str:
    template = env.get_template("crew_board.html")
    rows = [
        {"face": crew.face, "shift": crew.shift, "members": display_order(crew)}
        for crew in sorted(crews, key=lambda c: (c.shift, c.face))
    ]
    return template.render(board_date=board_date, rows=rows)
