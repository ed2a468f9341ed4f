"""Stores photos and documents that technicians attach to maintenance tickets.

The tablet app streams each attachment as the raw request body and names it
in the ``X-Attachment-Name`` header.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import BinaryIO

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024


@dataclass
class StoredAttachment:
    ticket_id: int
    filename: str
    size: int
    sha256: str


class AttachmentStore:
    def __init__(self, base_dir: str) -> None:
        self.base_dir = base_dir

    def _destination(self, ticket_id: int, filename: str) -> str:
        folder = os.path.join(self.base_dir, f"ticket-{ticket_id}")
        os.makedirs(folder, exist_ok=True)
        return os.path.join(folder, filename)

    def save(self, ticket_id: int, filename: str, stream: BinaryIO) -> StoredAttachment:
        dest = self._destination(ticket_id, filename)
        digest = hashlib.sha256()
        size = 0
        with open(dest, "wb") as out:
            for chunk in iter(lambda: stream.read(64 * 1024), b""):
                size += len(chunk)
                if size > MAX_ATTACHMENT_BYTES:
                    raise ValueError("attachment too large")
                digest.update(chunk)
                out.write(chunk)
        return StoredAttachment(ticket_id, filename, size, digest.hexdigest())


@require_POST
def upload_attachment(request: HttpRequest, ticket_id: int) -> JsonResponse:
    name = request.headers.get("X-Attachment-Name", "").strip()
    if not name:
        return JsonResponse({"error": "missing X-Attachment-Name"}, status=400)
    store = AttachmentStore(settings.TICKET_ATTACHMENT_ROOT)
    item = store.save(ticket_id, name, request)
    return JsonResponse({"ticket": ticket_id, "name": item.filename,
                         "size": item.size, "sha256": item.sha256}, status=201)
