"""Multi-step charter quote wizard.

Step 1 picks the yacht and dates, step 2 adds skipper/extras, step 3 shows the
price. The in-progress quote travels between steps in a hidden form field so
the wizard works for visitors without an account.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import date

import jsonpickle
from flask import Blueprint, render_template, request

from marina.charter.pricing import price_quote
from marina.charter.fleet import get_yacht

bp = Blueprint("quote", __name__, url_prefix="/charter/quote")


@dataclass
class QuoteDraft:
    yacht_id: int | None = None
    start: date | None = None
    end: date | None = None
    skipper: bool = False
    extras: list[str] = field(default_factory=list)


def dump_draft(draft: QuoteDraft) -> str:
    return base64.urlsafe_b64encode(jsonpickle.encode(draft).encode()).decode()


def load_draft(blob: str | None) -> QuoteDraft:
    if not blob:
        return QuoteDraft()
    return jsonpickle.decode(base64.urlsafe_b64decode(blob.encode()).decode())


@bp.route("/step/1", methods=["GET", "POST"])
def step_yacht():
    draft = load_draft(request.form.get("draft"))
    if request.method == "POST":
        draft.yacht_id = int(request.form["yacht_id"])
        draft.start = date.fromisoformat(request.form["start"])
        draft.end = date.fromisoformat(request.form["end"])
        return render_template("quote/step2.html", draft=dump_draft(draft), yacht=get_yacht(draft.yacht_id))
    return render_template("quote/step1.html", draft=dump_draft(draft))


@bp.post("/step/2")
def step_extras():
    draft = load_draft(request.form.get("draft"))
    draft.skipper = request.form.get("skipper") == "on"
    draft.extras = request.form.getlist("extras")
    quote = price_quote(draft.yacht_id, draft.start, draft.end, draft.skipper, draft.extras)
    return render_template("quote/step3.html", draft=dump_draft(draft), quote=quote)
