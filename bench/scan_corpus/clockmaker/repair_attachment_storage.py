"""Files attached to repair tickets by customers.

Customers upload provenance letters, old receipts and photos of the case
so the workshop can assess a clock before it arrives.
"""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from clockmaker.repairs.models import RepairTicket


class AttachmentStorage:
    def __init__(self, base: str | Path | None = None):
        self.base = Path(base or settings.ATTACHMENT_ROOT).resolve()

    def path_for(self, ticket_number: str, name: str) -> Path:
        candidate = (self.base / ticket_number / name).resolve()
        if not candidate.is_relative_to(self.base / ticket_number):
            raise Http404("Attachment not found")
        return candidate

    def open(self, ticket_number: str, name: str):
        path = self.path_for(ticket_number, name)
        if not path.is_file():
            raise Http404("Attachment not found")
        return path.open("rb")

    def delete(self, ticket_number: str, name: str) -> None:
        self.path_for(ticket_number, name).unlink(missing_ok=True)


storage = AttachmentStorage()


@login_required
def download_attachment(request, ticket_number: str, name: str):
    ticket = RepairTicket.objects.filter(number=ticket_number).first()
    if ticket is None or (ticket.customer.user_id != request.user.id and not request.user.is_staff):
        raise Http404("Attachment not found")
    return FileResponse(storage.open(ticket.number, name), as_attachment=True, filename=name)
