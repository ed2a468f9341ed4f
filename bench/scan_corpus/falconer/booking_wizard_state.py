"""Multi-step booking wizard for experience days.

The wizard walks a customer through choosing an experience, a date, the
participants and any add-ons. Progress between steps is carried in a hidden
form field so that the back button keeps working without server-side state.
"""
import base64

import jsonpickle
from flask import Blueprint, redirect, render_template, request, url_for

from falconer.bookings.wizard import BookingDraft, available_sessions

bp = Blueprint("booking_wizard", __name__, url_prefix="/book")

STEPS = ["experience", "date", "participants", "extras", "review"]


def _dump_draft(draft: BookingDraft) -> str:
    return base64.urlsafe_b64encode(jsonpickle.encode(draft).encode("utf-8")).decode("ascii")


def _load_draft(blob: str | None) -> BookingDraft:
    if not blob:
        return BookingDraft()
    decoded = base64.urlsafe_b64decode(blob.encode("ascii")).decode("utf-8")
    return jsonpickle.decode(decoded)


@bp.route("/<step>", methods=["GET", "POST"])
def wizard_step(step: str):
    if step not in STEPS:
        return redirect(url_for(".wizard_step", step=STEPS[0]))
    draft = _load_draft(request.form.get("draft") or request.args.get("draft"))

    if request.method == "POST":
        draft.apply(step, request.form)
        next_index = STEPS.index(step) + 1
        if next_index < len(STEPS):
            return render_template(
                f"booking/{STEPS[next_index]}.html",
                draft=draft,
                draft_blob=_dump_draft(draft),
                sessions=available_sessions(draft.experience_code),
            )
    return render_template(
        f"booking/{step}.html",
        draft=draft,
        draft_blob=_dump_draft(draft),
        sessions=available_sessions(draft.experience_code),
    )
