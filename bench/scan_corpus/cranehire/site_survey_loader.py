"""Load ground-bearing site surveys submitted by clients.

Before a mobile crane is set up, the client supplies a survey of the
outrigger positions: ground type, allowable bearing pressure and any
underground services. Surveys arrive as YAML from the client portal.
"""
from dataclasses import dataclass
from typing import List

import yaml
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()


@dataclass
class OutriggerPad:
    position: str
    ground_type: str
    allowable_kpa: float
    services_nearby: bool


@dataclass
class SiteSurvey:
    site_ref: str
    surveyor: str
    pads: List[OutriggerPad]

    def weakest_pad(self) -> OutriggerPad:
        return min(self.pads, key=lambda p: p.allowable_kpa)


def parse_survey(text: str) -> SiteSurvey:
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict):
        raise ValueError("survey must be a mapping")
    pads = [
        OutriggerPad(
            position=str(p["position"]),
            ground_type=str(p["ground"]),
            allowable_kpa=float(p["allowable_kpa"]),
            services_nearby=bool(p.get("services_nearby", False)),
        )
        for p in doc["pads"]
    ]
    if len(pads) != 4:
        raise ValueError("expected four outrigger pads")
    return SiteSurvey(site_ref=str(doc["site_ref"]), surveyor=str(doc["surveyor"]), pads=pads)


@app.post("/surveys")
async def upload_survey(file: UploadFile = File(...)):
    raw = await file.read(256 * 1024)
    try:
        survey = parse_survey(raw.decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise HTTPException(status_code=422, detail=f"invalid survey: {exc}") from exc
    weakest = survey.weakest_pad()
    return {
        "site_ref": survey.site_ref,
        "weakest_pad": weakest.position,
        "allowable_kpa": weakest.allowable_kpa,
        "mats_required": weakest.allowable_kpa < 200 or weakest.services_nearby,
    }
