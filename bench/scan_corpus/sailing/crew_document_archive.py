"""Django views serving archived crew lists and passport scans to charter staff."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required, permission_required
from django.http import FileResponse, Http404, JsonResponse
from django.views.decorators.http import require_GET


class CrewDocumentArchive:
    """File-system archive of crew documents, organised by season."""

    suffix = ".pdf"

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = Path(root or settings.CREW_ARCHIVE_ROOT).resolve()

    def season_dir(self, season: int) -> Path:
        return self.root / str(season)

    def locate(self, season: int, reference: str) -> Path:
        candidate = (self.season_dir(season) / f"{reference}{self.suffix}").resolve()
        if not candidate.is_relative_to(self.season_dir(season)):
            raise Http404("document not found")
        return candidate

    def list_season(self, season: int) -> list[str]:
        folder = self.season_dir(season)
        if not folder.is_dir():
            return []
        return sorted(p.stem for p in folder.glob(f"*{self.suffix}"))


archive = CrewDocumentArchive()


@require_GET
@login_required
@permission_required("charters.view_crewlist", raise_exception=True)
def season_index(request, season: int):
    return JsonResponse({"season": season, "documents": archive.list_season(season)})


@require_GET
@login_required
@permission_required("charters.view_crewlist", raise_exception=True)
def download_document(request, season: int):
    reference = request.GET.get("ref", "").strip()
    if not reference:
        raise Http404("missing document reference")
    path = archive.locate(season, reference)
    if not path.is_file():
        raise Http404("document not found")
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=path.name,
        content_type="application/pdf",
    )
