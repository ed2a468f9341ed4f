"""Django views serving signed charter contracts from the document archive."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required, permission_required
from django.http import FileResponse, Http404, JsonResponse
from django.views.decorators.http import require_GET


class ContractArchive:
    """File-system archive of contracts, organised by season."""

    suffix = ".pdf"

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = Path(root or settings.CONTRACT_ARCHIVE_ROOT)

    def season_dir(self, season: int) -> Path:
        return self.root / str(season)

    def locate(self, season: int, reference: str) -> Path:
        return self.season_dir(season) / f"{reference}{self.suffix}"

    def list_season(self, season: int) -> list[str]:
        folder = self.season_dir(season)
        if not folder.is_dir():
            return []
        return sorted(p.stem for p in folder.glob(f"*{self.suffix}"))


archive = ContractArchive()


@require_GET
@login_required
@permission_required("charters.view_contract", raise_exception=True)
def season_index(request, season: int):
    return JsonResponse({"season": season, "contracts": archive.list_season(season)})


@require_GET
@login_required
@permission_required("charters.view_contract", raise_exception=True)
def download_contract(request, season: int):
    reference = request.GET.get("ref", "").strip()
    if not reference:
        raise Http404("missing contract reference")
    path = archive.locate(season, reference)
    if not path.is_file():
        raise Http404("contract not found")
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=path.name,
        content_type="application/pdf",
    )
