"""Internal API used by the colour lab's spectrophotometer stations.

Stations post measured L*a*b* values and pull the target shade for a batch.
Each station is configured with the lab API key.
"""
import os
from functools import lru_cache
from typing import List, Optional

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel


class Settings(BaseModel):
    lab_api_key: str
    tolerance_de: float = 1.0


@lru_cache
def get_settings() -> Settings:
    return Settings(
        lab_api_key=os.environ["LAB_API_KEY"],
        tolerance_de=float(os.environ.get("LAB_DELTA_E_TOLERANCE", "1.0")),
    )


def require_station(
    x_api_key: Optional[str] = Header(default=None),
    settings: Settings = Depends(get_settings),
) -> None:
    if x_api_key is None or x_api_key != settings.lab_api_key:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid api key")


class Measurement(BaseModel):
    batch_no: str
    station: str
    lab: List[float]


app = FastAPI(title="colour-lab-api")
_targets = {}


@app.get("/targets/{batch_no}", dependencies=[Depends(require_station)])
def target_shade(batch_no: str):
    if batch_no not in _targets:
        raise HTTPException(status_code=404)
    return {"batch_no": batch_no, "lab": _targets[batch_no]}


@app.post("/measurements", dependencies=[Depends(require_station)])
def post_measurement(m: Measurement, settings: Settings = Depends(get_settings)):
    target = _targets.get(m.batch_no)
    if target is None:
        raise HTTPException(status_code=404)
    delta_e = sum((a - b) ** 2 for a, b in zip(m.lab, target)) ** 0.5
    return {"delta_e": round(delta_e, 2), "pass": delta_e <= settings.tolerance_de}
