"""Endpoints for uploading CI pipeline definitions."""
import yaml
from fastapi import APIRouter, File, HTTPException, UploadFile
from pydantic import BaseModel

router = APIRouter(prefix="/pipelines")

MAX_SIZE = 256 * 1024


class PipelineSummary(BaseModel):
    name: str
    stages: list[str]
    job_count: int


@router.post("/validate", response_model=PipelineSummary)
async def validate_pipeline(definition: UploadFile = File(...)) -> PipelineSummary:
    body = await definition.read()
    if len(body) > MAX_SIZE:
        raise HTTPException(status_code=413, detail="pipeline file too large")

    try:
        doc = yaml.load(body, Loader=yaml.FullLoader)
    except yaml.YAMLError as exc:
        raise HTTPException(status_code=422, detail=f"invalid YAML: {exc}") from exc

    if not isinstance(doc, dict) or "stages" not in doc:
        raise HTTPException(status_code=422, detail="missing 'stages'")

    jobs = {k: v for k, v in doc.items() if isinstance(v, dict) and "script" in v}
    unknown = {j["stage"] for j in jobs.values() if j.get("stage") not in doc["stages"]}
    if unknown:
        raise HTTPException(status_code=422, detail=f"unknown stages: {sorted(unknown)}")

    return PipelineSummary(
        name=doc.get("name", definition.filename or "pipeline"),
        stages=list(doc["stages"]),
        job_count=len(jobs),
    )
