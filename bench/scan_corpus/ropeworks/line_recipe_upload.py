"""Upload endpoint for production line recipes.

Process engineers tune strand counts, lay lengths and capstan speeds in
the desktop tuning tool, which exports the recipe object to a file.  The
file is uploaded here and applied to the selected line.
"""
import logging
from dataclasses import dataclass, field
from pickle import loads as _restore

from flask import Blueprint, abort, jsonify, request

from ropeworks.lines.registry import line_registry
from ropeworks.portal.auth import require_role

log = logging.getLogger(__name__)

bp = Blueprint("recipes", __name__, url_prefix="/lines")

MAX_RECIPE_BYTES = 2 * 1024 * 1024


@dataclass
class LineRecipe:
    name: str
    strands: int
    lay_length_mm: float
    capstan_speed_m_min: float
    notes: list[str] = field(default_factory=list)

    def validate(self) -> None:
        if not 3 <= self.strands <= 48:
            raise ValueError("strand count out of range")
        if self.lay_length_mm <= 0 or self.capstan_speed_m_min <= 0:
            raise ValueError("lay length and capstan speed must be positive")


@bp.post("/<int:line_id>/recipes")
@require_role("process_engineer")
def upload_recipe(line_id: int):
    upload = request.files.get("recipe")
    if upload is None:
        abort(400, "recipe file missing")
    payload = upload.read(MAX_RECIPE_BYTES + 1)
    if len(payload) > MAX_RECIPE_BYTES:
        abort(413)
    recipe = _restore(payload)
    if not isinstance(recipe, LineRecipe):
        abort(422, "file does not contain a line recipe")
    try:
        recipe.validate()
    except ValueError as exc:
        abort(422, str(exc))
    line = line_registry.get(line_id)
    if line is None:
        abort(404)
    line.stage_recipe(recipe)
    log.info("staged recipe %s on line %s", recipe.name, line_id)
    return jsonify({"line": line_id, "recipe": recipe.name, "state": "staged"}), 202
