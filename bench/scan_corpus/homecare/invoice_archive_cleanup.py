"""Withdrawal of draft council invoices from the PDF archive.

Finance can withdraw a draft invoice before it is sent. The requested
file name is resolved inside the drafts folder and refused if it would
land anywhere else.
"""
from __future__ import annotations

import logging
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import Http404, JsonResponse
from django.views.decorators.http import require_POST

log = logging.getLogger(__name__)


class DraftArchive:
    def __init__(self, root: Path):
        self.root = root.resolve()

    @classmethod
    def configured(cls) -> "DraftArchive":
        return cls(Path(settings.INVOICE_ARCHIVE_DIR) / "drafts")

    def locate(self, name: str) -> Path:
        candidate = (self.root / name).resolve()
        if not candidate.is_relative_to(self.root) or candidate.suffix != ".pdf":
            raise PermissionError(name)
        return candidate

    def withdraw(self, name: str) -> Path:
        path = self.locate(name)
        if not path.is_file():
            raise FileNotFoundError(name)
        path.unlink()
        return path

    def listing(self) -> list[str]:
        return sorted(p.name for p in self.root.glob("*.pdf"))


@require_POST
@permission_required("invoicing.delete_invoice")
def withdraw_draft(request):
    name = request.POST.get("file", "")
    archive = DraftArchive.configured()
    try:
        removed = archive.withdraw(name)
    except PermissionError:
        return JsonResponse({"error": "not a draft invoice"}, status=400)
    except FileNotFoundError:
        raise Http404("draft not found")
    log.info("user %s withdrew draft invoice %s", request.user.username, removed.name)
    return JsonResponse({"withdrawn": removed.name, "remaining": archive.listing()})
