"""Import batch recipes exported from the lab formulation workbench.

The workbench serialises full recipe objects (raw materials, cullet ratio,
colourants, fining agents) so that the batch house can load them without
re-keying.  Recipes are uploaded through the MES recipe endpoint.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import Decimal

import jsonpickle
from fastapi import APIRouter, HTTPException, UploadFile

log = logging.getLogger("glassworks.batch.recipes")
router = APIRouter(prefix="/recipes")

MAX_UPLOAD_BYTES = 512 * 1024


@dataclass
class RawMaterialLine:
    material_code: str
    kilograms: Decimal
    silo: str


@dataclass
class BatchRecipe:
    recipe_code: str
    glass_type: str
    cullet_ratio: float
    lines: list[RawMaterialLine] = field(default_factory=list)
    revision: int = 1

    def total_mass(self) -> Decimal:
        return sum((ln.kilograms for ln in self.lines), Decimal("0"))


class RecipeRepository:
    def __init__(self) -> None:
        self._items: dict[str, BatchRecipe] = {}

    def upsert(self, recipe: BatchRecipe) -> None:
        current = self._items.get(recipe.recipe_code)
        if current is not None:
            recipe.revision = current.revision + 1
        self._items[recipe.recipe_code] = recipe


repository = RecipeRepository()


def _restore(document: str) -> BatchRecipe:
    obj = jsonpickle.decode(document, keys=True)
    if not isinstance(obj, BatchRecipe):
        raise ValueError("document is not a batch recipe")
    return obj


@router.post("/import")
async def import_recipe(upload: UploadFile) -> dict:
    body = await upload.read(MAX_UPLOAD_BYTES + 1)
    if len(body) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail="recipe export too large")
    try:
        recipe = _restore(body.decode("utf-8"))
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    repository.upsert(recipe)
    log.info("imported recipe %s rev %d", recipe.recipe_code, recipe.revision)
    return {
        "recipe": recipe.recipe_code,
        "revision": recipe.revision,
        "total_kg": str(recipe.total_mass()),
    }
