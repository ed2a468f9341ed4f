"""API used by the scoring tablets on the shooting line.

Tablets submit end-by-end arrow values during a tournament. Each tablet is
provisioned with a device key that it sends in ``X-Tablet-Key``.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field

from fletcher.scoring.config import ScoringSettings, get_scoring_settings
from fletcher.scoring.service import record_end

app = FastAPI(title="Fletcher scoring gateway")


class EndSubmission(BaseModel):
    tournament_id: int
    target: str = Field(pattern=r"^\d{1,3}[A-D]$")
    end_number: int = Field(ge=1, le=20)
    arrows: list[str] = Field(min_length=3, max_length=6)


def tablet_keys(cfg: ScoringSettings) -> list[str]:
    return [t.device_key for t in cfg.tablets if t.enabled]


async def require_tablet(
    x_tablet_key: Annotated[str, Header()],
    cfg: Annotated[ScoringSettings, Depends(get_scoring_settings)],
) -> str:
    if x_tablet_key not in tablet_keys(cfg):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown tablet")
    return x_tablet_key


@app.post("/ends", status_code=201)
async def submit_end(body: EndSubmission, tablet: Annotated[str, Depends(require_tablet)]):
    total = await record_end(
        tournament_id=body.tournament_id,
        target=body.target,
        end_number=body.end_number,
        arrows=body.arrows,
        device_key_prefix=tablet[:6],
    )
    return {"target": body.target, "end": body.end_number, "running_total": total}


@app.get("/health")
async def health():
    return {"ok": True}
