"""Renders the lower-third HTML shown on the livestream when a player steps up.

Players set their nickname and walk-on song in their profile; the overlay
browser source polls this endpoint between legs.
"""
from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, abort, render_template_string
from markupsafe import Markup

from .models import Player

bp = Blueprint("overlay", __name__, url_prefix="/overlay")

LOWER_THIRD = """
<div class="lower-third">
  <div class="name">{{ card.display_name }}</div>
  <div class="stats">Avg {{ "%.2f"|format(card.average) }} &middot; 180s {{ card.max_count }}</div>
  <div class="walkon">{{ card.walk_on }}</div>
</div>
"""


@dataclass
class PlayerCard:
    first_name: str
    last_name: str
    nickname: str
    walk_on_song: str
    average: float
    max_count: int

    @property
    def display_name(self) -> str:
        if self.nickname:
            return f'{self.first_name} "{self.nickname}" {self.last_name}'
        return f"{self.first_name} {self.last_name}"

    @property
    def walk_on(self) -> Markup:
        return Markup(f"&#9835; {self.walk_on_song}")


@bp.get("/player/<int:player_id>")
def lower_third(player_id: int):
    player = Player.query.get(player_id)
    if player is None:
        abort(404)
    card = PlayerCard(
        first_name=player.first_name,
        last_name=player.last_name,
        nickname=player.nickname or "",
        walk_on_song=player.walk_on_song or "",
        average=player.season_average,
        max_count=player.season_180s,
    )
    return render_template_string(LOWER_THIRD, card=card)
