"""Django views letting trade customers download approved label artwork for their own-label cider."""
from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest


class ArtworkStore:
    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root or settings.LABEL_ARTWORK_ROOT).resolve()

    def account_dir(self, account_code: str) -> Path:
        return (self.root / account_code).resolve()

    def locate(self, account_code: str, filename: str) -> Path:
        base = self.account_dir(account_code)
        candidate = (base / filename).resolve()
        if not candidate.is_relative_to(base) or not candidate.is_file():
            raise Http404("artwork not found")
        return candidate

    def listing(self, account_code: str) -> list[str]:
        base = self.account_dir(account_code)
        if not base.is_dir():
            return []
        return sorted(p.name for p in base.iterdir() if p.suffix.lower() in {".pdf", ".ai", ".png"})


_store: ArtworkStore | None = None


def store() -> ArtworkStore:
    global _store
    if _store is None:
        _store = ArtworkStore()
    return _store


@login_required
def download_artwork(request: HttpRequest, filename: str) -> FileResponse:
    account_code = request.user.trade_profile.account_code
    path = store().locate(account_code, filename)
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
