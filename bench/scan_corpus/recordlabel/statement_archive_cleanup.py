"""Admin endpoint for removing superseded royalty statement PDFs.

When a statement is reissued (corrected splits, late DSP reports), the
royalty team deletes the old PDF from the archive so artists only see the
current version.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

log = logging.getLogger("royalties.archive")


@dataclass
class StatementArchive:
    root: Path

    @classmethod
    def from_env(cls) -> "StatementArchive":
        return cls(Path(os.environ.get("STATEMENT_ARCHIVE_DIR", "/srv/royalties/statements")))

    def artist_folder(self, artist_slug: str) -> Path:
        return self.root / artist_slug

    def statement_path(self, artist_slug: str, file_name: str) -> Path:
        return self.artist_folder(artist_slug) / file_name

    def remove(self, artist_slug: str, file_name: str) -> bool:
        path = self.statement_path(artist_slug, file_name)
        if not path.exists():
            return False
        path.unlink()
        return True


archive = StatementArchive.from_env()


@staff_member_required
@require_POST
def delete_superseded_statement(request: HttpRequest) -> JsonResponse:
    artist_slug = request.POST.get("artist", "")
    file_name = request.POST.get("statement", "")
    if not artist_slug or not file_name.endswith(".pdf"):
        return JsonResponse({"error": "artist and a .pdf statement are required"}, status=400)
    removed = archive.remove(artist_slug, file_name)
    log.info(
        "user %s removed statement %s for %s: %s",
        request.user.get_username(), file_name, artist_slug, removed,
    )
    return JsonResponse({"removed": removed})
