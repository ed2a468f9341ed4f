"""Multi-step wizard a signer walks through before the notary joins.

The wizard keeps its in-progress state in a hidden form field so that
the steps can be served from any web node without sticky sessions.
"""
import base64

import jsonpickle
from flask import Blueprint, redirect, render_template, request, url_for

from notary.wizard.steps import STEPS, WizardState

bp = Blueprint("signing_wizard", __name__, url_prefix="/sign")


def _load_state() -> WizardState:
    blob = request.form.get("wizard_state")
    if not blob:
        return WizardState()
    return jsonpickle.decode(base64.urlsafe_b64decode(blob).decode("utf-8"))


def _dump_state(state: WizardState) -> str:
    return base64.urlsafe_b64encode(jsonpickle.encode(state).encode("utf-8")).decode("ascii")


@bp.get("/<invite_id>")
def start(invite_id: str):
    state = WizardState(invite_id=invite_id)
    return render_template("wizard/step.html", step=STEPS[0], state=_dump_state(state))


@bp.post("/<invite_id>/step/<int:index>")
def advance(invite_id: str, index: int):
    state = _load_state()
    step = STEPS[index]
    errors = step.apply(state, request.form)
    if errors:
        return render_template("wizard/step.html", step=step, errors=errors,
                               state=_dump_state(state)), 422
    if index + 1 >= len(STEPS):
        return redirect(url_for("sessions.waiting_room", invite_id=invite_id))
    return render_template("wizard/step.html", step=STEPS[index + 1], state=_dump_state(state))
