"""Endpoints the client uses to approve a proof or request changes before we make plates."""
from datetime import datetime, timezone
from enum import Enum
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from .db import get_session
from .models import Proof, ProofEvent
from .notify import notify_studio

router = APIRouter(prefix="/proofs", tags=["proofs"])


class Decision(str, Enum):
    approve = "approve"
    changes = "changes"


class DecisionIn(BaseModel):
    token: str
    decision: Decision
    signed_name: str = Field(min_length=2, max_length=120)
    comments: Optional[str] = Field(default=None, max_length=4000)


def _load_proof(db: Session, proof_id: int, token: str) -> Proof:
    proof = db.get(Proof, proof_id)
    if proof is None or proof.approval_token != token:
        raise HTTPException(status_code=404, detail="proof not found")
    return proof


@router.post("/{proof_id}/decision")
def record_decision(proof_id: int, body: DecisionIn, db: Session = Depends(get_session)):
    proof = _load_proof(db, proof_id, body.token)
    if proof.status in ("approved", "superseded"):
        raise HTTPException(status_code=409, detail=f"proof already {proof.status}")
    now = datetime.now(timezone.utc)
    proof.status = "approved" if body.decision is Decision.approve else "changes_requested"
    proof.decided_at = now
    db.add(
        ProofEvent(
            proof_id=proof.id,
            kind=body.decision.value,
            signed_name=body.signed_name,
            comments=body.comments,
            created_at=now,
        )
    )
    db.commit()
    notify_studio(proof, body.decision.value, body.comments)
    return {"proof_id": proof.id, "status": proof.status, "revision": proof.revision}


@router.get("/{proof_id}")
def show_proof(proof_id: int, token: str, db: Session = Depends(get_session)):
    proof = _load_proof(db, proof_id, token)
    return {
        "proof_id": proof.id,
        "revision": proof.revision,
        "status": proof.status,
        "pdf_url": f"/proofs/{proof.id}/pdf?token={token}",
    }
