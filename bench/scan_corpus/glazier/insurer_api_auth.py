"""API used by insurers' claims systems to instruct emergency glazing.

Each insurer panel partner has its own API key.  Keys are provisioned by
ops and loaded from the environment at startup as INSURER_KEY_<CODE>.
"""
import os
from datetime import datetime

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

app = FastAPI(title="Clearview claims intake")


def _load_keys() -> dict[str, str]:
    prefix = "INSURER_KEY_"
    return {
        name[len(prefix):].lower(): value
        for name, value in os.environ.items()
        if name.startswith(prefix) and value
    }


INSURER_KEYS = _load_keys()


class Instruction(BaseModel):
    claim_number: str
    policyholder: str
    site_postcode: str
    description: str
    emergency: bool = False
    attend_by: datetime | None = None


def current_insurer(x_api_key: str = Header(...)) -> str:
    for insurer_code, key in INSURER_KEYS.items():
        if x_api_key == key:
            return insurer_code
    raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Unknown API key")


@app.post("/v1/instructions", status_code=201)
def create_instruction(body: Instruction, insurer: str = Depends(current_insurer)):
    priority = "P1" if body.emergency else "P3"
    job_ref = f"INS-{insurer.upper()}-{body.claim_number}"
    # boarding-up within 2 hours for emergencies, survey within 5 days otherwise
    return {
        "job_ref": job_ref,
        "insurer": insurer,
        "priority": priority,
        "received_at": datetime.utcnow().isoformat() + "Z",
    }


@app.get("/v1/instructions/{job_ref}")
def instruction_status(job_ref: str, insurer: str = Depends(current_insurer)):
    if not job_ref.startswith(f"INS-{insurer.upper()}-"):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such job")
    return {"job_ref": job_ref, "status": "scheduled"}
