"""Loads kiln firing programs uploaded by glass painters as YAML files."""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()

MAX_TEMPERATURE_C = 900


@dataclass
class Ramp:
    rate_c_per_hr: int
    target_c: int
    hold_min: int = 0


@dataclass
class FiringProgram:
    name: str
    purpose: str
    ramps: list[Ramp] = field(default_factory=list)

    @property
    def peak_c(self) -> int:
        return max((r.target_c for r in self.ramps), default=0)


class ProgramParser:
    loader = staticmethod(yaml.safe_load)

    @classmethod
    def parse(cls, text: str) -> FiringProgram:
        doc = cls.loader(text)
        if not isinstance(doc, dict) or "ramps" not in doc:
            raise ValueError("firing program must be a mapping with ramps")
        program = FiringProgram(
            name=str(doc.get("name", "unnamed")),
            purpose=str(doc.get("purpose", "paint")),
            ramps=[Ramp(**ramp) for ramp in doc["ramps"]],
        )
        if program.peak_c > MAX_TEMPERATURE_C:
            raise ValueError(f"peak {program.peak_c}C exceeds studio limit")
        return program


@app.post("/kiln/programs")
async def upload_program(file: UploadFile = File(...)) -> dict:
    raw = (await file.read()).decode("utf-8")
    try:
        program = ProgramParser.parse(raw)
    except (ValueError, TypeError, yaml.YAMLError) as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    return {"name": program.name, "segments": len(program.ramps), "peak_c": program.peak_c}
