"""Printable kennel cards shown on the staff tablet for each dog in residence."""
from datetime import date

from flask import Blueprint, abort, render_template_string
from markupsafe import Markup

from .auth import staff_required
from .db import get_db

bp = Blueprint("kennel_cards", __name__, url_prefix="/staff/cards")

CARD_TEMPLATE = """
<article class="kennel-card">
  <h1>{{ pet.name }} <small>{{ pet.breed }}</small></h1>
  <p>Run {{ pet.run_name }} &middot; out {{ pet.check_out.strftime('%a %d %b') }}</p>
  <section class="feeding"><h2>Feeding</h2>{{ feeding }}</section>
  <section class="meds"><h2>Medication</h2>
    <ul>{% for m in meds %}<li>{{ m.name }} {{ m.dose }} at {{ m.times }}</li>{% endfor %}</ul>
  </section>
  <section class="contact"><h2>Emergency contact</h2>{{ pet.owner_name }} {{ pet.owner_phone }}</section>
</article>
"""


def _paragraphs(text: str) -> Markup:
    """Keep the owner's line breaks when showing their instructions."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return Markup("<br>".join(lines))


def _load_pet(pet_id: int):
    return get_db().execute(
        "SELECT p.id, p.name, p.breed, p.feeding_instructions, r.name AS run_name, "
        "b.check_out, o.full_name AS owner_name, o.phone AS owner_phone "
        "FROM pets p JOIN bookings b ON b.pet_id = p.id JOIN runs r ON r.id = b.run_id "
        "JOIN owners o ON o.id = p.owner_id "
        "WHERE p.id = ? AND b.status = 'checked_in'",
        (pet_id,),
    ).fetchone()


def _load_meds(pet_id: int):
    return get_db().execute(
        "SELECT name, dose, times FROM medication_schedules WHERE pet_id = ? AND active = 1",
        (pet_id,),
    ).fetchall()


@bp.get("/<int:pet_id>")
@staff_required
def kennel_card(pet_id: int):
    pet = _load_pet(pet_id)
    if pet is None:
        abort(404)
    pet = dict(pet)
    pet["check_out"] = date.fromisoformat(pet["check_out"])
    return render_template_string(
        CARD_TEMPLATE,
        pet=pet,
        feeding=_paragraphs(pet["feeding_instructions"]),
        meds=_load_meds(pet_id),
    )
