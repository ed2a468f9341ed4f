"""Save-and-resume for partner agency order forms.

Agency staff often build a weekly order over several sittings. The browser
keeps the draft in a hidden field and posts it back to resume editing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import jsonpickle
from flask import Flask, abort, render_template, request, session

app = Flask(__name__)
app.config.from_prefixed_env("FOODBANK")


@dataclass
class OrderLine:
    sku: str
    cases: int


@dataclass
class OrderDraft:
    agency_id: int
    delivery_date: date
    lines: list[OrderLine] = field(default_factory=list)
    notes: str = ""

    def total_cases(self) -> int:
        return sum(line.cases for line in self.lines)


def serialise_draft(draft: OrderDraft) -> str:
    return jsonpickle.encode(draft)


def restore_draft(blob: str) -> OrderDraft:
    draft = jsonpickle.decode(blob)
    if not isinstance(draft, OrderDraft):
        raise ValueError("not an order draft")
    return draft


@app.post("/orders/draft/resume")
def resume_draft():
    blob = request.form.get("draft_state", "")
    try:
        draft = restore_draft(blob)
    except Exception:
        abort(400)
    if draft.agency_id != session.get("agency_id"):
        abort(403)
    return render_template("order_form.html", draft=draft, draft_state=serialise_draft(draft))


@app.post("/orders/draft/add-line")
def add_line():
    draft = restore_draft(request.form["draft_state"])
    draft.lines.append(OrderLine(sku=request.form["sku"], cases=int(request.form["cases"])))
    return render_template("order_form.html", draft=draft, draft_state=serialise_draft(draft))
