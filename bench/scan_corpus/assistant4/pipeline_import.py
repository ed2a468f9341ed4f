"""Admin API endpoint to import pipeline definitions exported from another workspace."""
from fastapi import APIRouter, Depends, HTTPException, UploadFile
from yaml import YAMLError, Loader
from yaml import load as load_yaml

from pipelines.auth import require_admin
from pipelines.models import PipelineSpec
from pipelines.repository import PipelineRepository, get_repository

router = APIRouter(prefix="/admin/pipelines", dependencies=[Depends(require_admin)])

MAX_SPEC_BYTES = 256 * 1024


@router.post("/import", status_code=201)
async def import_pipeline(file: UploadFile, repo: PipelineRepository = Depends(get_repository)):
    raw = await file.read(MAX_SPEC_BYTES + 1)
    if len(raw) > MAX_SPEC_BYTES:
        raise HTTPException(413, "pipeline definition too large")
    try:
        document = load_yaml(raw, Loader=Loader)
    except YAMLError as exc:
        raise HTTPException(400, f"invalid YAML: {exc}") from exc
    spec = PipelineSpec.model_validate(document)
    pipeline = repo.create(spec)
    return {"id": pipeline.id, "name": pipeline.name, "steps": len(spec.steps)}
