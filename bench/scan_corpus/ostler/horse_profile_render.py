"""Renders the public-facing horse profile cards shown on the yard's noticeboard screen."""

from flask import Blueprint, abort, render_template
from markupsafe import Markup, escape

from ostler.models import Horse

bp = Blueprint("horse_profiles", __name__, url_prefix="/board/horses")

TEMPERAMENT_BADGES = {
    "kicks": ("badge-red", "Kicks"),
    "bites": ("badge-red", "Bites"),
    "nervous": ("badge-amber", "Nervous"),
    "easy": ("badge-green", "Easy to handle"),
}


def _badges(flags: list[str]) -> Markup:
    parts = []
    for flag in flags:
        css, label = TEMPERAMENT_BADGES.get(flag, ("badge-grey", flag.title()))
        parts.append(Markup('<span class="badge {}">{}</span>').format(css, label))
    return Markup(" ").join(parts)


def _care_notes(horse: Horse) -> Markup:
    lines = [line.strip() for line in (horse.owner_care_notes or "").splitlines() if line.strip()]
    items = "".join(f"<li>{line}</li>" for line in lines)
    return Markup(f'<ul class="care-notes">{items}</ul>')


def profile_context(horse: Horse) -> dict:
    return {
        "name": escape(horse.name),
        "block": horse.block,
        "box": horse.box_number,
        "badges": _badges(horse.temperament_flags or []),
        "care_notes": _care_notes(horse),
        "owner_first_name": horse.owner.first_name,
    }


@bp.get("/<int:horse_id>")
def horse_card(horse_id: int):
    horse = Horse.query.get(horse_id)
    if horse is None or not horse.show_on_board:
        abort(404)
    return render_template("board/horse_card.html", **profile_context(horse))
