"""Library of bell profile (strickle board) pattern files used by the moulding shop."""

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import Response

from bellfounder.auth import require_staff
from bellfounder.settings import settings

router = APIRouter(prefix="/patterns", dependencies=[Depends(require_staff)])


class PatternLibrary:
    suffixes = {".dxf", ".svg", ".json"}

    def __init__(self, root: str):
        self.root = Path(root).resolve()

    def locate(self, relative: str) -> Path:
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(relative)
        if candidate.suffix.lower() not in self.suffixes:
            raise PermissionError(relative)
        return candidate

    def load(self, relative: str) -> bytes:
        return self.locate(relative).read_bytes()

    def catalogue(self) -> list[str]:
        return sorted(
            str(p.relative_to(self.root))
            for p in self.root.rglob("*")
            if p.is_file() and p.suffix.lower() in self.suffixes
        )


library = PatternLibrary(settings.PATTERN_LIBRARY_DIR)


@router.get("/")
def list_patterns():
    return {"patterns": library.catalogue()}


@router.get("/file")
def pattern_file(path: str):
    try:
        data = library.load(path)
    except PermissionError:
        raise HTTPException(status_code=403)
    except FileNotFoundError:
        raise HTTPException(status_code=404)
    return Response(content=data, media_type="application/octet-stream")
