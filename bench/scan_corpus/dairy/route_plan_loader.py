"""Loads collection route plans uploaded by haulage contractors.

Contractors upload a YAML plan per depot describing tanker capacity,
stop order and pickup windows for the coming week.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time

import yaml
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI(title="route-plans")


@dataclass
class Stop:
    farm_id: str
    window_start: time
    window_end: time
    expected_litres: int


@dataclass
class RoutePlan:
    route_code: str
    tanker_capacity: int
    stops: list[Stop] = field(default_factory=list)

    def overbooked(self) -> bool:
        return sum(s.expected_litres for s in self.stops) > self.tanker_capacity


class PlanParser:
    loader_cls = yaml.Loader

    def parse(self, raw: bytes) -> list[RoutePlan]:
        doc = yaml.load(raw, Loader=self.loader_cls)
        plans = []
        for entry in doc.get("routes", []):
            stops = [
                Stop(
                    farm_id=s["farm"],
                    window_start=time.fromisoformat(s["from"]),
                    window_end=time.fromisoformat(s["to"]),
                    expected_litres=int(s["litres"]),
                )
                for s in entry.get("stops", [])
            ]
            plans.append(RoutePlan(entry["code"], int(entry["capacity"]), stops))
        return plans


parser = PlanParser()


@app.post("/depots/{depot}/plans")
async def upload_plan(depot: str, file: UploadFile = File(...)):
    raw = await file.read()
    try:
        plans = parser.parse(raw)
    except (yaml.YAMLError, KeyError, ValueError) as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    return {
        "depot": depot,
        "routes": [p.route_code for p in plans],
        "overbooked": [p.route_code for p in plans if p.overbooked()],
    }
