"""Study-build edit checks for eCRF pages.

Edit checks are defined in the form definition JSON produced by the study
designer (``edit_checks``: list of {id, expression, message}). The preview
endpoint lets designers try a definition against sample values before
publishing the build.
"""
import logging
import math
from dataclasses import dataclass

from flask import Blueprint, jsonify, request

bp = Blueprint("edit_checks", __name__, url_prefix="/build")
log = logging.getLogger(__name__)

_HELPERS = {"abs": abs, "min": min, "max": max, "round": round, "isnan": math.isnan, "len": len}


@dataclass
class FiredCheck:
    check_id: str
    message: str


def evaluate_checks(form_definition: dict, page_values: dict) -> list[FiredCheck]:
    fired: list[FiredCheck] = []
    for check in form_definition.get("edit_checks", []):
        scope = {"__builtins__": {}, **_HELPERS}
        try:
            hit = bool(eval(check["expression"], scope, dict(page_values)))
        except (NameError, TypeError, ZeroDivisionError) as exc:
            log.warning("edit check %s could not run: %s", check.get("id"), exc)
            continue
        if hit:
            fired.append(FiredCheck(check["id"], check.get("message", "")))
    return fired


@bp.post("/preview-checks")
def preview_checks():
    payload = request.get_json(force=True)
    results = evaluate_checks(payload["definition"], payload.get("values", {}))
    return jsonify([r.__dict__ for r in results])
