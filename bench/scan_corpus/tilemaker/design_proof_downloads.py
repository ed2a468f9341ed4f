"""Downloads of studio proofs for commissioned tile designs.

When the studio finishes a proof (a rendered panel layout and a colour
separation sheet) it is saved under the commission's proof folder. The
customer portal lets the client download any file listed for their
commission.
"""
from pathlib import Path

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render

from tilemaker.commissions.models import Commission
from tilemaker.conf import settings


class ProofStore:
    def __init__(self, root: str = settings.PROOF_ROOT):
        self.root = Path(root)

    def folder(self, commission: Commission) -> Path:
        return self.root / commission.reference

    def listing(self, commission: Commission) -> list[str]:
        folder = self.folder(commission)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_file())

    def locate(self, commission: Commission, name: str) -> Path:
        return self.folder(commission) / name


store = ProofStore()


@login_required
def proof_list(request, reference: str):
    commission = get_object_or_404(Commission, reference=reference, client=request.user)
    return render(request, "portal/proofs.html", {"commission": commission, "files": store.listing(commission)})


@login_required
def download_proof(request, reference: str):
    commission = get_object_or_404(Commission, reference=reference, client=request.user)
    name = request.GET.get("file", "")
    path = store.locate(commission, name)
    if not path.is_file():
        raise Http404("proof not found")
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
