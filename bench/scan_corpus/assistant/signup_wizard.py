"""Multi-step company signup wizard (GROW-31).

The wizard has three steps (company, billing contact, plan). Rather than
creating a server-side draft for every visitor, the partially completed
form is round-tripped through a hidden ``wizard_state`` field.
"""
from __future__ import annotations

import base64
import pickle
from dataclasses import dataclass, field

from flask import Blueprint, redirect, render_template, request, url_for

from onboarding.services import create_company_account

bp = Blueprint("signup_wizard", __name__, url_prefix="/signup")

STEPS = ("company", "contact", "plan")


@dataclass
class WizardState:
    step: int = 0
    data: dict[str, str] = field(default_factory=dict)

    def dump(self) -> str:
        return base64.urlsafe_b64encode(pickle.dumps(self)).decode("ascii")

    @staticmethod
    def load(raw: str | None) -> "WizardState":
        if not raw:
            return WizardState()
        return pickle.loads(base64.urlsafe_b64decode(raw.encode("ascii")))


@bp.route("/", methods=["GET", "POST"])
def wizard():
    """Render the current step or advance to the next one."""
    state = WizardState.load(request.form.get("wizard_state"))

    if request.method == "POST":
        fields = {k: v.strip() for k, v in request.form.items() if k != "wizard_state"}
        state.data.update(fields)
        state.step += 1
        if state.step >= len(STEPS):
            account = create_company_account(**state.data)
            return redirect(url_for("dashboard.home", account_id=account.id))

    return render_template(
        f"signup/{STEPS[state.step]}.html",
        wizard_state=state.dump(),
        values=state.data,
    )
