"""Download of PDF print proofs for customers approving an order."""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from printorders.models import PrintOrder


class ProofStorage:
    def __init__(self, root: str = settings.PROOF_ROOT):
        self.root = root

    def order_dir(self, order: PrintOrder) -> str:
        return os.path.join(self.root, order.created_at.strftime("%Y/%m"), str(order.pk))

    def path_for(self, order: PrintOrder, name: str) -> str:
        return os.path.join(self.order_dir(order), name)

    def listing(self, order: PrintOrder) -> list:
        directory = self.order_dir(order)
        if not os.path.isdir(directory):
            return []
        return sorted(f for f in os.listdir(directory) if f.endswith(".pdf"))


storage = ProofStorage()


@login_required
def download_proof(request, order_id):
    order = get_object_or_404(PrintOrder, pk=order_id, customer=request.user)
    name = request.GET.get("file") or "proof.pdf"
    try:
        handle = open(storage.path_for(order, name), "rb")
    except FileNotFoundError:
        raise Http404("proof not available yet")
    return FileResponse(handle, as_attachment=True, filename=os.path.basename(name),
                        content_type="application/pdf")
