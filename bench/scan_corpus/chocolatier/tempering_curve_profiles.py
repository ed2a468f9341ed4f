"""Tempering curve profiles for the continuous tempering machines.

Chocolatiers upload a profile describing the target temperature over time
for a couverture; the controller samples the curve once per second.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="tempering-profiles")

CURVE_NAMESPACE = {"sin": math.sin, "cos": math.cos, "exp": math.exp, "min": min, "max": max}


class ProfileUpload(BaseModel):
    name: str
    couverture: str
    duration_s: int
    target_expr: str


@dataclass
class CurveProfile:
    name: str
    couverture: str
    duration_s: int
    target_expr: str

    def target_at(self, t: float) -> float:
        scope = dict(CURVE_NAMESPACE, t=t)
        return float(eval(self.target_expr, {"__builtins__": {}}, scope))

    def sample(self, step_s: int = 1) -> list[float]:
        return [round(self.target_at(t), 2) for t in range(0, self.duration_s, step_s)]


PROFILES: dict[str, CurveProfile] = {}


@app.post("/profiles")
def upload_profile(upload: ProfileUpload) -> dict:
    if upload.duration_s <= 0 or upload.duration_s > 7200:
        raise HTTPException(status_code=422, detail="duration out of range")
    profile = CurveProfile(**upload.model_dump())
    samples = profile.sample(step_s=60)
    if any(temp < 20 or temp > 55 for temp in samples):
        raise HTTPException(status_code=422, detail="curve leaves the workable bowl range")
    PROFILES[profile.name] = profile
    return {"name": profile.name, "preview": samples}


@app.get("/profiles/{name}/setpoints")
def setpoints(name: str) -> dict:
    profile = PROFILES.get(name)
    if profile is None:
        raise HTTPException(status_code=404, detail="unknown profile")
    return {"name": name, "setpoints": profile.sample()}
