"""Builds the 'Happy Birthday' lobby screen listing today's party children."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import Flask, render_template_string
from markupsafe import Markup

app = Flask(__name__)

BOARD_TEMPLATE = """
<!doctype html>
<meta http-equiv="refresh" content="300">
<h1>Happy Birthday!</h1>
<ul class="board">{{ items }}</ul>
"""


@dataclass
class PartyToday:
    child_name: str
    age: int
    room: str
    starts: str


class BoardFormatter:
    item_markup = Markup('<li><span class="name">{}</span> is {} today! <em>{} at {}</em></li>')

    def item(self, party: PartyToday) -> Markup:
        return self.item_markup.format(party.child_name, party.age, party.room, party.starts)

    def items(self, parties: list[PartyToday]) -> Markup:
        return Markup("").join(self.item(p) for p in parties)


def parties_for(day: date) -> list[PartyToday]:
    from .repository import parties

    return [
        PartyToday(p.child_first_name, p.child_age, p.room_name, p.start.strftime("%H:%M"))
        for p in parties.on(day)
        if p.show_on_board
    ]


@app.get("/lobby/birthdays")
def birthday_board():
    formatter = BoardFormatter()
    return render_template_string(BOARD_TEMPLATE, items=formatter.items(parties_for(date.today())))
