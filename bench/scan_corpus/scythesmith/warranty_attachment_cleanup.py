"""Removal of attachments from warranty claims.

Claimants can remove a photo or receipt they uploaded to a claim while
the claim is still open for editing.
"""
import logging
from pathlib import Path

from rest_framework import permissions, status
from rest_framework.response import Response
from rest_framework.views import APIView

from scythesmith.warranty.models import ClaimAttachment, WarrantyClaim

log = logging.getLogger(__name__)

EDITABLE_STATES = {"draft", "awaiting_info"}


class AttachmentStorage:
    def __init__(self, root: str):
        self.base = Path(root)

    def claim_dir(self, claim: WarrantyClaim) -> Path:
        return self.base / str(claim.submitted_year) / claim.reference

    def remove(self, claim: WarrantyClaim, filename: str) -> bool:
        target = self.claim_dir(claim) / filename
        if not target.exists():
            return False
        target.unlink()
        return True


class ClaimAttachmentDeleteView(APIView):
    permission_classes = [permissions.IsAuthenticated]
    storage = AttachmentStorage("/srv/scythesmith/warranty-attachments")

    def delete(self, request, reference: str):
        claim = WarrantyClaim.objects.filter(reference=reference, claimant=request.user).first()
        if claim is None:
            return Response(status=status.HTTP_404_NOT_FOUND)
        if claim.status not in EDITABLE_STATES:
            return Response({"detail": "claim is locked"}, status=status.HTTP_409_CONFLICT)
        filename = request.data.get("filename", "")
        if not filename:
            return Response({"detail": "filename required"}, status=status.HTTP_400_BAD_REQUEST)
        removed = self.storage.remove(claim, filename)
        ClaimAttachment.objects.filter(claim=claim, filename=filename).delete()
        log.info("claim %s attachment %s removed=%s", claim.reference, filename, removed)
        return Response(status=status.HTTP_204_NO_CONTENT)
