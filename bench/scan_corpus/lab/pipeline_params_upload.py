"""Accept a pipeline parameter file (YAML) uploaded with an analysis request."""
import yaml
from fastapi import APIRouter, File, HTTPException, UploadFile
from pydantic import BaseModel, Field, ValidationError

router = APIRouter(prefix="/analysis-requests")

MAX_BYTES = 256 * 1024


class PipelineParams(BaseModel):
    pipeline: str = Field(pattern=r"^(rnaseq|sarek|ampliseq)$")
    genome: str = Field(pattern=r"^[A-Za-z0-9._-]{1,40}$")
    aligner: str = "star_salmon"
    skip_trimming: bool = False
    extra_igenomes: list[str] = []


def load_params(text: str) -> PipelineParams:
    doc = yaml.load(text, Loader=yaml.SafeLoader)
    if not isinstance(doc, dict):
        raise ValueError("parameter file must be a mapping")
    return PipelineParams.model_validate(doc)


@router.post("/{request_id}/params")
async def upload_params(request_id: int, file: UploadFile = File(...)):
    raw = await file.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise HTTPException(413, "parameter file too large")
    try:
        params = load_params(raw.decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError, ValueError, ValidationError) as exc:
        raise HTTPException(422, f"invalid parameter file: {exc}") from exc
    return {"request_id": request_id, "params": params.model_dump()}
