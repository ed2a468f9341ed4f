"""Serve rendered sail plan PDFs to customers and club measurers."""
import logging
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("sail_plans", __name__, url_prefix="/sail-plans")
log = logging.getLogger(__name__)


def plans_root() -> Path:
    return Path(current_app.config.get("SAIL_PLAN_DIR", "/srv/loft/sail-plans")).resolve()


def locate_plan(relative: str) -> Path:
    root = plans_root()
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        raise PermissionError(relative)
    if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
        raise FileNotFoundError(relative)
    return candidate


@bp.get("/<path:relative>")
@login_required
def download_plan(relative: str):
    try:
        path = locate_plan(relative)
    except PermissionError:
        log.warning("user %s requested plan outside the plan folder: %r", current_user.id, relative)
        abort(404)
    except FileNotFoundError:
        abort(404)
    return send_file(path, mimetype="application/pdf", download_name=path.name)


@bp.get("/boat/<boat_class>")
@login_required
def plans_for_class(boat_class: str):
    root = plans_root()
    folder = (root / boat_class).resolve()
    if not folder.is_relative_to(root) or not folder.is_dir():
        abort(404)
    return {"plans": sorted(str(p.relative_to(root)) for p in folder.glob("*.pdf"))}
