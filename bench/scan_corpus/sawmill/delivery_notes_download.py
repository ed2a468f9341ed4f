"""Trade portal: download signed delivery notes (PODs) as PDF."""
import os

from flask import Blueprint, abort, current_app, g, request, send_file
from flask_login import login_required

from portal.accounts import account_owns_delivery

bp = Blueprint("delivery_notes", __name__)


def _notes_root() -> str:
    return current_app.config["DELIVERY_NOTES_DIR"]


@bp.get("/account/deliveries/<int:delivery_id>/note")
@login_required
def download_note(delivery_id: int):
    if not account_owns_delivery(g.account_no, delivery_id):
        abort(404)
    filename = request.args.get("file", f"{delivery_id}.pdf")
    path = os.path.join(_notes_root(), str(g.account_no), filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
