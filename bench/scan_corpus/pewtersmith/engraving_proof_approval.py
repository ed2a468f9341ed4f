"""Customer approval of engraving proofs.

After the engraver lays out the lettering, the customer gets an e-mail with
a link to approve it or ask for changes. The link carries the proof id, the
revision and a signature so the customer does not need to log in.
"""
import hashlib
import hmac
from dataclasses import dataclass
from hmac import compare_digest as same

from django.conf import settings
from django.http import HttpResponseBadRequest, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from workshop.models import EngravingProof

APPROVABLE = {"awaiting_customer", "revised"}


@dataclass(frozen=True)
class ProofLink:
    proof_id: int
    revision: int

    def message(self) -> bytes:
        return f"proof:{self.proof_id}:rev:{self.revision}".encode()


def sign(link: ProofLink) -> str:
    key = settings.PROOF_LINK_KEY.encode()
    return hmac.new(key, link.message(), hashlib.sha256).hexdigest()


def link_is_genuine(link: ProofLink, signature: str) -> bool:
    return same(sign(link).encode(), signature.encode())


@require_POST
def approve_proof(request, proof_id: int, revision: int, signature: str):
    proof = get_object_or_404(EngravingProof, pk=proof_id)
    if not link_is_genuine(ProofLink(proof.pk, revision), signature):
        return HttpResponseForbidden("This approval link is not valid.")
    if proof.revision != revision:
        return HttpResponseBadRequest("A newer proof has been sent; please use the latest e-mail.")
    if proof.status not in APPROVABLE:
        return redirect("proof-status", proof_id=proof.pk)
    proof.status = "approved"
    proof.save(update_fields=["status"])
    proof.order_item.queue_for_engraving()
    return redirect("proof-status", proof_id=proof.pk)
