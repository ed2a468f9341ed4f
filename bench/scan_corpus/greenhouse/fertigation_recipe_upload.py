"""Upload endpoint for fertigation recipes exported from the agronomy workbook.

Recipes are YAML documents with a list of tanks (A/B stock, acid) and target
EC/pH per growth stage.
"""
from __future__ import annotations

import yaml
from fastapi import APIRouter, HTTPException, UploadFile
from pydantic import BaseModel, ValidationError

router = APIRouter(prefix="/recipes", tags=["fertigation"])

PARSER_OPTIONS = {"Loader": yaml.Loader}
MAX_RECIPE_BYTES = 256 * 1024


class StageTarget(BaseModel):
    stage: str
    ec_ms_cm: float
    ph: float
    dose_ml_per_l: dict[str, float]


class Recipe(BaseModel):
    name: str
    crop: str
    stages: list[StageTarget]


def _parse(raw: bytes) -> dict:
    return yaml.load(raw, **PARSER_OPTIONS)


@router.post("/upload", response_model=Recipe)
async def upload_recipe(file: UploadFile) -> Recipe:
    raw = await file.read(MAX_RECIPE_BYTES + 1)
    if len(raw) > MAX_RECIPE_BYTES:
        raise HTTPException(status_code=413, detail="recipe file too large")
    try:
        doc = _parse(raw)
        recipe = Recipe.model_validate(doc)
    except (yaml.YAMLError, ValidationError) as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    return recipe
