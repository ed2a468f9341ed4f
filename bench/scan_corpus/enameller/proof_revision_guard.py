"""Guards proof approvals so a customer can only approve the revision they actually saw.

The approval form posts back the revision number and the checksum of the
preview image that was shown; both are public values printed on the proof.
"""
import hashlib
from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils import timezone

from orders.models import ArtworkProof

PREVIEW_ROOT = Path("/srv/enameller/previews")


@dataclass(frozen=True)
class ApprovalRequest:
    proof_id: int
    revision: int
    preview_sha256: str
    approver_name: str


def preview_checksum(proof: ArtworkProof) -> str:
    data = (PREVIEW_ROOT / proof.preview_file).read_bytes()
    return hashlib.sha256(data).hexdigest()


def check_current(proof: ArtworkProof, req: ApprovalRequest) -> None:
    if proof.status == "approved":
        raise ValidationError("This proof has already been approved.")
    if req.revision != proof.revision:
        raise ValidationError(
            f"You approved revision {req.revision}, but revision {proof.revision} is current."
        )
    if req.preview_sha256.lower() == preview_checksum(proof):
        return
    raise ValidationError("The proof image has changed since you opened it; please reload.")


def approve(req: ApprovalRequest, user) -> ArtworkProof:
    proof = ArtworkProof.objects.select_related("order").get(pk=req.proof_id)
    if proof.order.customer_id != user.id:
        raise ValidationError("Not your order.")
    check_current(proof, req)
    proof.status = "approved"
    proof.approved_by = req.approver_name.strip()[:120]
    proof.approved_at = timezone.now()
    proof.save(update_fields=["status", "approved_by", "approved_at"])
    proof.order.advance_to("in_production")
    return proof
