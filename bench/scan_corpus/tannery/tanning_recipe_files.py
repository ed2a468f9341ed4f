"""Serve tanning recipe sheets (PDF) to the drum-house tablets.

Recipes are versioned in the database; each version row records where its
PDF sheet was written by the recipe editor.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from .database import get_db
from .models import RecipeVersion

router = APIRouter(prefix="/recipes")

RECIPE_STORE = Path("/srv/tannery/recipes")


def sheet_for(db: Session, recipe_code: str, version: int | None = None) -> RecipeVersion:
    stmt = select(RecipeVersion).where(RecipeVersion.recipe_code == recipe_code)
    if version is None:
        stmt = stmt.where(RecipeVersion.released.is_(True)).order_by(RecipeVersion.version.desc())
    else:
        stmt = stmt.where(RecipeVersion.version == version)
    row = db.scalars(stmt.limit(1)).first()
    if row is None:
        raise HTTPException(404, "recipe not found")
    return row


@router.get("/{recipe_code}/sheet")
def recipe_sheet(recipe_code: str, version: int | None = None, db: Session = Depends(get_db)):
    row = sheet_for(db, recipe_code, version)
    path = RECIPE_STORE / row.sheet_file
    if not path.is_file():
        raise HTTPException(410, "sheet missing from store")
    return FileResponse(path, media_type="application/pdf",
                        filename=f"{row.recipe_code}_v{row.version}.pdf")


@router.get("/{recipe_code}/versions")
def versions(recipe_code: str, db: Session = Depends(get_db)):
    rows = db.scalars(
        select(RecipeVersion)
        .where(RecipeVersion.recipe_code == recipe_code)
        .order_by(RecipeVersion.version)
    ).all()
    return [{"version": r.version, "released": r.released, "notes": r.notes} for r in rows]
