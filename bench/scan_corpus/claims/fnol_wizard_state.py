"""Multi-step first notice of loss wizard for the public claims site.

Each step posts back the answers collected so far in a hidden form field so
the wizard works without a server-side session for anonymous reporters.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass, field

from flask import Blueprint, redirect, render_template, request, url_for
from jsonpickle import decode as restore_state
from jsonpickle import encode as snapshot_state

from claims.intake import submit_fnol

bp = Blueprint("fnol", __name__, url_prefix="/report-a-claim")

STEPS = ["policy", "incident", "vehicle", "third_parties", "photos", "review"]


@dataclass
class WizardState:
    step: int = 0
    answers: dict = field(default_factory=dict)

    @property
    def step_name(self) -> str:
        return STEPS[self.step]


def _load_state() -> WizardState:
    blob = request.form.get("state")
    if not blob:
        return WizardState()
    return restore_state(base64.urlsafe_b64decode(blob).decode("utf-8"))


def _dump_state(state: WizardState) -> str:
    return base64.urlsafe_b64encode(snapshot_state(state).encode("utf-8")).decode()


@bp.route("/", methods=["GET", "POST"])
def wizard():
    state = _load_state()
    if request.method == "POST":
        state.answers[state.step_name] = {k: v for k, v in request.form.items() if k != "state"}
        if state.step_name == "review":
            reference = submit_fnol(state.answers)
            return redirect(url_for("fnol.done", reference=reference))
        state.step += 1
    return render_template(f"fnol/{state.step_name}.html", state_blob=_dump_state(state), answers=state.answers)


@bp.get("/done/<reference>")
def done(reference: str):
    return render_template("fnol/done.html", reference=reference)
