"""Patron-curated reading lists shown on the OPAC."""
from flask import Blueprint, abort, render_template, request
from markupsafe import Markup

from .auth import login_required, current_patron
from .db import db
from .models import ReadingList, ReadingListEntry

bp = Blueprint("reading_lists", __name__, url_prefix="/lists")

MAX_ENTRIES = 200


def _visible(lst, patron) -> bool:
    return lst.is_public or (patron is not None and lst.owner_id == patron.id)


@bp.get("/<int:list_id>")
def show(list_id: int):
    lst = db.session.get(ReadingList, list_id)
    if lst is None or not _visible(lst, current_patron()):
        abort(404)
    entries = (
        ReadingListEntry.query.filter_by(list_id=lst.id)
        .order_by(ReadingListEntry.position)
        .limit(MAX_ENTRIES)
        .all()
    )
    return render_template(
        "lists/show.html",
        reading_list=lst,
        intro=Markup(lst.description or ""),
        entries=entries,
    )


@bp.post("/<int:list_id>/entries")
@login_required
def add_entry(list_id: int):
    lst = db.session.get(ReadingList, list_id)
    if lst is None or lst.owner_id != current_patron().id:
        abort(404)
    bib_id = request.form.get("bib_id", type=int)
    note = (request.form.get("note") or "").strip()[:500]
    if bib_id is None:
        abort(400)
    position = ReadingListEntry.query.filter_by(list_id=lst.id).count() + 1
    if position > MAX_ENTRIES:
        abort(409)
    db.session.add(ReadingListEntry(list_id=lst.id, bib_id=bib_id, note=note, position=position))
    db.session.commit()
    return {"ok": True, "position": position}, 201


@bp.post("/<int:list_id>")
@login_required
def update(list_id: int):
    lst = db.session.get(ReadingList, list_id)
    if lst is None or lst.owner_id != current_patron().id:
        abort(404)
    lst.title = (request.form.get("title") or lst.title).strip()[:200]
    lst.description = request.form.get("description", lst.description)
    lst.is_public = request.form.get("is_public") == "on"
    db.session.commit()
    return {"ok": True}
