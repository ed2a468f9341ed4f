"""Public spec sheets (PDF) for each product: dimensions, metal, care."""
import os
from functools import lru_cache
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from sqlalchemy import create_engine, text

SPEC_ROOT = Path(os.environ.get("SPEC_SHEET_ROOT", "/srv/lorimer/spec-sheets"))
engine = create_engine(os.environ["CATALOGUE_DATABASE_URL"], pool_pre_ping=True)
app = FastAPI()


@lru_cache(maxsize=1024)
def spec_file_for(sku: str) -> str | None:
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT s.stored_file FROM spec_sheets s "
                "JOIN products p ON p.id = s.product_id "
                "WHERE p.sku = :sku AND p.active AND s.current"
            ),
            {"sku": sku.upper()},
        ).first()
    return row.stored_file if row else None


def sheet_path(sku: str) -> Path:
    stored = spec_file_for(sku)
    if stored is None:
        raise HTTPException(404, "No spec sheet for this product")
    path = SPEC_ROOT / stored
    if not path.is_file():
        raise HTTPException(404, "Spec sheet missing")
    return path


@app.get("/products/{sku}/spec-sheet.pdf")
def spec_sheet(sku: str):
    path = sheet_path(sku)
    return FileResponse(
        path,
        media_type="application/pdf",
        filename=f"{sku.upper()}-spec.pdf",
        headers={"Cache-Control": "public, max-age=86400"},
    )


@app.get("/products/{sku}/spec-sheet")
def spec_sheet_info(sku: str):
    path = sheet_path(sku)
    return {"sku": sku.upper(), "bytes": path.stat().st_size, "file": path.name}
