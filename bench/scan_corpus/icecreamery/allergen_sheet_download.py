"""Lets parlour staff download allergen sheets for each flavour."""
from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest
from django.views import View


class AllergenLibrary:
    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or Path(settings.ALLERGEN_SHEET_ROOT)).resolve()

    def locate(self, relative: str) -> Path:
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            raise Http404("sheet not found")
        if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
            raise Http404("sheet not found")
        return candidate


class AllergenSheetView(View):
    library_class = AllergenLibrary

    def get(self, request: HttpRequest, sheet: str) -> FileResponse:
        if not request.user.is_authenticated:
            raise Http404("sheet not found")
        path = self.library_class().locate(sheet)
        return FileResponse(path.open("rb"), as_attachment=True, filename=path.name,
                            content_type="application/pdf")
