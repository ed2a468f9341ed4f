"""Multi-step "start a petition" wizard.

Steps: target -> text -> media -> review. The in-progress draft travels
between steps in a hidden form field so visitors can start a petition
before creating an account.
"""
import base64
import pickle
from dataclasses import dataclass, field

from flask import Blueprint, redirect, render_template, request, url_for

bp = Blueprint("wizard", __name__, url_prefix="/start")

STEPS = ("target", "text", "media", "review")


@dataclass
class Draft:
    step: str = "target"
    target: str = ""
    title: str = ""
    body: str = ""
    image_ids: list[int] = field(default_factory=list)


def _encode_state(draft: Draft) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(draft)).decode("ascii")


def _decode_state(blob: str) -> Draft:
    if not blob:
        return Draft()
    return pickle.loads(base64.urlsafe_b64decode(blob.encode("ascii")))


@bp.route("/<step>", methods=["GET", "POST"])
def wizard_step(step: str):
    if step not in STEPS:
        return redirect(url_for("wizard.wizard_step", step="target"))
    draft = _decode_state(request.form.get("state", ""))
    if request.method == "POST":
        if step == "target":
            draft.target = request.form["target"].strip()[:200]
        elif step == "text":
            draft.title = request.form["title"].strip()[:150]
            draft.body = request.form["body"].strip()
        elif step == "media":
            draft.image_ids = [int(i) for i in request.form.getlist("image_id")][:4]
        step = STEPS[min(STEPS.index(step) + 1, len(STEPS) - 1)]
        draft.step = step
    return render_template(f"wizard/{step}.html", draft=draft, state=_encode_state(draft))
