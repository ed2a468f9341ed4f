"""Multi-step donation form.

The form spans three pages (amount, details, Gift Aid). State from
earlier steps is carried in a hidden field so a donor can go back and
forth without an account.
"""

import base64

import jsonpickle
from flask import Blueprint, redirect, render_template, request, url_for

from donations.forms import DonationDraft

bp = Blueprint("donate", __name__, url_prefix="/donate")


def _encode_draft(draft: DonationDraft) -> str:
    return base64.urlsafe_b64encode(jsonpickle.encode(draft).encode("utf-8")).decode("ascii")


def _decode_draft(blob: str) -> DonationDraft:
    raw = base64.urlsafe_b64decode(blob.encode("ascii")).decode("utf-8")
    return jsonpickle.decode(raw)


@bp.route("/amount", methods=["GET", "POST"])
def amount():
    if request.method == "POST":
        draft = DonationDraft(amount=request.form["amount"], frequency=request.form["frequency"])
        return render_template("donate/details.html", state=_encode_draft(draft))
    return render_template("donate/amount.html")


@bp.post("/details")
def details():
    draft = _decode_draft(request.form["state"])
    draft.first_name = request.form["first_name"]
    draft.last_name = request.form["last_name"]
    draft.email = request.form["email"]
    draft.postcode = request.form["postcode"]
    return render_template("donate/gift_aid.html", state=_encode_draft(draft))


@bp.post("/gift-aid")
def gift_aid():
    draft = _decode_draft(request.form["state"])
    draft.gift_aid = request.form.get("gift_aid") == "yes"
    donation_id = draft.submit()
    return redirect(url_for("donate.thanks", donation_id=donation_id))
