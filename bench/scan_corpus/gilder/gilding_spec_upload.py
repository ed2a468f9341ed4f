"""Accepts gilding specifications sent by clients for new or regilt frames.

Designers and museum frame departments describe the finish they want in a
short YAML sheet: leaf type and karat, bole colour, burnished areas, toning.
"""
from dataclasses import dataclass

import yaml
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()

LEAF_TYPES = {"23.75ct", "23ct", "22ct", "18ct", "12ct moon", "white gold", "silver"}
BOLE_COLOURS = {"red", "yellow", "grey", "black", "blue"}


@dataclass
class GildingSpec:
    client_ref: str
    leaf: str
    bole: str
    burnished_areas: list[str]
    toning: str


def load_spec_document(raw: bytes) -> dict:
    doc = yaml.load(raw, Loader=yaml.SafeLoader)
    if not isinstance(doc, dict):
        raise ValueError("specification must be a mapping")
    return doc


def to_spec(doc: dict) -> GildingSpec:
    leaf = str(doc.get("leaf", "")).lower()
    bole = str(doc.get("bole", "red")).lower()
    if leaf not in LEAF_TYPES:
        raise ValueError(f"unsupported leaf: {leaf!r}")
    if bole not in BOLE_COLOURS:
        raise ValueError(f"unsupported bole colour: {bole!r}")
    return GildingSpec(
        client_ref=str(doc.get("client_ref", ""))[:64],
        leaf=leaf,
        bole=bole,
        burnished_areas=[str(a) for a in doc.get("burnished", [])],
        toning=str(doc.get("toning", "none")),
    )


@app.post("/specs")
async def upload_spec(sheet: UploadFile = File(...)):
    raw = await sheet.read()
    try:
        spec = to_spec(load_spec_document(raw))
    except (yaml.YAMLError, ValueError) as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    return {"client_ref": spec.client_ref, "leaf": spec.leaf, "bole": spec.bole}
