"""Preview of placement-test band calculation for test authors.

Partner schools that author their own placement tests can preview how a
candidate's raw section scores map to a CEFR band before publishing the
test. The band rule is entered as an expression in the authoring form.
"""
from __future__ import annotations

from typing import Dict

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="Placement authoring API")

CEFR_BANDS = ["A1", "A2", "B1", "B2", "C1", "C2"]
ALLOWED_NAMES = {"min": min, "max": max, "round": round}


class BandPreviewRequest(BaseModel):
    rule: str = Field(..., description="Expression yielding a band index 0-5")
    scores: Dict[str, float]


class BandPreviewResponse(BaseModel):
    band_index: int
    band: str


def _evaluate_rule(rule: str, scores: Dict[str, float]) -> int:
    namespace = {"__builtins__": {}, **ALLOWED_NAMES}
    value = eval(rule, namespace, dict(scores))
    return int(value)


@app.post("/authoring/placement/preview", response_model=BandPreviewResponse)
def preview_band(payload: BandPreviewRequest) -> BandPreviewResponse:
    if not payload.scores:
        raise HTTPException(status_code=422, detail="at least one section score is required")
    try:
        index = _evaluate_rule(payload.rule, payload.scores)
    except Exception as exc:
        raise HTTPException(status_code=400, detail=f"rule error: {exc}") from exc
    index = max(0, min(index, len(CEFR_BANDS) - 1))
    return BandPreviewResponse(band_index=index, band=CEFR_BANDS[index])
