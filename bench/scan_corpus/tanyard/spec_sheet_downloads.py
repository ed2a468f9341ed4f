"""Technical data sheets for the tannery's leather articles.

Bootmakers and saddlers download the spec sheet for an article (thickness
range, temper, fat content, tannage, recommended finishes) from the buyer
portal before ordering.
"""
import os
from dataclasses import dataclass

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
SPEC_DIR = os.environ.get("SPEC_SHEET_DIR", "/srv/tanyard/spec-sheets")


@dataclass(frozen=True)
class SpecSheet:
    article: str
    title: str
    stored_file: str


SPEC_SHEETS = {
    "BRD-35": SpecSheet("BRD-35", "English bridle butt 3.5-4.0 mm", "bridle_butt_v7.pdf"),
    "HRN-45": SpecSheet("HRN-45", "Harness back 4.5-5.5 mm", "harness_back_v3.pdf"),
    "SOL-60": SpecSheet("SOL-60", "Oak bark sole bend 6.0 mm+", "sole_bend_v5.pdf"),
    "UPP-18": SpecSheet("UPP-18", "Waxed calf upper 1.6-1.8 mm", "calf_upper_v2.pdf"),
    "LIN-10": SpecSheet("LIN-10", "Veg-tan lining kip 0.9-1.1 mm", "kip_lining_v4.pdf"),
}


@app.get("/catalogue/spec-sheets")
def list_sheets():
    return [{"article": s.article, "title": s.title} for s in SPEC_SHEETS.values()]


@app.get("/catalogue/spec-sheets/{article}")
def download_sheet(article: str):
    sheet = SPEC_SHEETS.get(article.upper())
    if sheet is None:
        raise HTTPException(status_code=404, detail="No spec sheet for that article")
    path = os.path.join(SPEC_DIR, sheet.stored_file)
    return FileResponse(path, media_type="application/pdf", filename=f"{sheet.article}.pdf")
