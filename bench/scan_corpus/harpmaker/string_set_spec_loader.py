"""Serves string-set specification sheets (gauges, tensions, octave colours) to the shop site."""
from __future__ import annotations

import json
import os
from functools import lru_cache

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel

SPEC_ROOT = os.environ.get("STRING_SPEC_ROOT", "/srv/harpmaker/string-specs")

app = FastAPI(title="String set specs")


class StringSpec(BaseModel):
    position: int
    note: str
    material: str
    gauge_mm: float
    tension_kg: float
    colour: str | None = None


class SpecSheet(BaseModel):
    set_name: str
    harp_model: str
    strings: list[StringSpec]

    @property
    def total_tension(self) -> float:
        return round(sum(s.tension_kg for s in self.strings), 1)


def _spec_file(set_name: str) -> str:
    return os.path.join(SPEC_ROOT, set_name + ".json")


@lru_cache(maxsize=128)
def _read_sheet(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def load_sheet(set_name: str) -> SpecSheet:
    path = _spec_file(set_name)
    if not os.path.exists(path):
        raise FileNotFoundError(set_name)
    return SpecSheet.model_validate(_read_sheet(path))


@app.get("/string-sets/spec")
def get_spec(set_name: str = Query(..., min_length=1, max_length=120)):
    try:
        sheet = load_sheet(set_name)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="unknown string set")
    return {
        "set_name": sheet.set_name,
        "harp_model": sheet.harp_model,
        "total_tension_kg": sheet.total_tension,
        "strings": [s.model_dump() for s in sheet.strings],
    }


@app.get("/string-sets")
def list_sets():
    names = [n[:-5] for n in os.listdir(SPEC_ROOT) if n.endswith(".json")]
    return sorted(names)
