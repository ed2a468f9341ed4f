"""Accept user-uploaded pipeline definitions for the ETL runner."""
from pathlib import Path

import yaml
from fastapi import APIRouter, File, HTTPException, UploadFile

router = APIRouter()
REQUIRED_KEYS = {"name", "source", "steps"}


def load_definition(fh) -> dict:
    data = yaml.load(fh, Loader=yaml.Loader)
    if not isinstance(data, dict) or not REQUIRED_KEYS <= data.keys():
        raise ValueError("pipeline definition is missing required keys")
    return data


@router.post("/pipelines")
async def upload_pipeline(file: UploadFile = File(...)) -> dict:
    try:
        definition = load_definition(file.file)
    except (yaml.YAMLError, ValueError) as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    return {"name": definition["name"], "steps": len(definition["steps"]), "file": Path(file.filename or "").name}
