"""Judging sheets for the annual concours d'elegance.

Judges fill in a PDF sheet for each car in their class. After the prize
giving the sheets are published on the public results page.
"""
from __future__ import annotations

import os

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

SHEETS_ROOT = os.environ.get("CONCOURS_SHEETS_ROOT", "/srv/concours/sheets")
CLASS_CODES = {"A", "B", "C", "D", "E", "PW", "VSCC"}

app = FastAPI(title="Concours judging sheets")


def _sheet_path(class_code: str, sheet_name: str) -> str:
    return os.path.join(SHEETS_ROOT, class_code, sheet_name)


def _validate_class(class_code: str) -> str:
    code = class_code.upper()
    if code not in CLASS_CODES:
        raise HTTPException(status_code=404, detail="unknown class")
    return code


@app.get("/concours/{year}/classes/{class_code}/sheets")
def list_sheets(year: int, class_code: str):
    code = _validate_class(class_code)
    folder = os.path.join(SHEETS_ROOT, code)
    if not os.path.isdir(folder):
        return {"year": year, "class": code, "sheets": []}
    sheets = sorted(
        name for name in os.listdir(folder)
        if name.startswith(f"{year}-") and name.endswith(".pdf")
    )
    return {"year": year, "class": code, "sheets": sheets}


@app.get("/concours/classes/{class_code}/sheet")
def download_sheet(class_code: str, name: str = Query(..., min_length=5)):
    code = _validate_class(class_code)
    if not name.endswith(".pdf"):
        raise HTTPException(status_code=400, detail="sheets are PDF files")
    path = _sheet_path(code, name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="sheet not found")
    return FileResponse(path, media_type="application/pdf", filename=os.path.basename(path))
