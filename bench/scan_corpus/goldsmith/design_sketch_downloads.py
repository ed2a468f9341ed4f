"""Serves design sketches and CAD renders to customers following a commission."""
import os
from functools import wraps

from flask import Blueprint, abort, g, send_file

from atelier.auth import current_customer
from atelier.models import Commission

SKETCH_ROOT = os.environ.get("SKETCH_ROOT", "/srv/atelier/sketches")
ALLOWED_PREVIEW_TYPES = {".png", ".jpg", ".jpeg", ".pdf", ".stl"}

bp = Blueprint("sketches", __name__, url_prefix="/my/commissions")


def customer_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        g.customer = current_customer()
        if g.customer is None:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def _commission_for(ref: str) -> Commission:
    commission = Commission.query.filter_by(ref=ref, customer_id=g.customer.id).first()
    if commission is None:
        abort(404)
    return commission


@bp.get("/<ref>/sketches")
@customer_required
def list_sketches(ref: str):
    commission = _commission_for(ref)
    folder = os.path.join(SKETCH_ROOT, commission.ref)
    names = sorted(
        n for n in os.listdir(folder) if os.path.splitext(n)[1].lower() in ALLOWED_PREVIEW_TYPES
    ) if os.path.isdir(folder) else []
    return {"commission": commission.ref, "files": names}


@bp.get("/<ref>/sketches/<path:filename>")
@customer_required
def download_sketch(ref: str, filename: str):
    commission = _commission_for(ref)
    full_path = os.path.join(SKETCH_ROOT, commission.ref, filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True)
