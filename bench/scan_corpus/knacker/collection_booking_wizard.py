"""Multi-step booking form for farmers requesting a fallen-stock collection.

The partially completed booking is carried between steps in a hidden
form field so that the farmer can go back and forth without an account.
"""
import base64
import pickle
from dataclasses import dataclass, field

from flask import Blueprint, redirect, render_template, request, url_for

from knacker.collections.service import create_collection_request

bp = Blueprint("booking", __name__, url_prefix="/book")


@dataclass
class BookingDraft:
    cph: str = ""
    contact_name: str = ""
    phone: str = ""
    animals: list[dict] = field(default_factory=list)
    access_notes: str = ""


def _dump(draft: BookingDraft) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(draft)).decode()


def _load(blob: str) -> BookingDraft:
    if not blob:
        return BookingDraft()
    return pickle.loads(base64.urlsafe_b64decode(blob.encode()))


@bp.route("/holding", methods=["GET", "POST"])
def step_holding():
    draft = _load(request.form.get("state", ""))
    if request.method == "POST":
        draft.cph = request.form["cph"].strip()
        draft.contact_name = request.form["contact_name"].strip()
        draft.phone = request.form["phone"].strip()
        return render_template("booking/animals.html", state=_dump(draft), draft=draft)
    return render_template("booking/holding.html", state=_dump(draft), draft=draft)


@bp.post("/animals")
def step_animals():
    draft = _load(request.form.get("state", ""))
    draft.animals.append(
        {
            "species": request.form["species"],
            "count": int(request.form.get("count", 1)),
            "ear_tag": request.form.get("ear_tag", ""),
        }
    )
    draft.access_notes = request.form.get("access_notes", "")
    return render_template("booking/confirm.html", state=_dump(draft), draft=draft)


@bp.post("/confirm")
def step_confirm():
    draft = _load(request.form.get("state", ""))
    ref = create_collection_request(draft)
    return redirect(url_for("booking.done", ref=ref))
