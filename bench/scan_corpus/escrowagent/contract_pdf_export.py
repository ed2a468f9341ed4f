"""Downloads of signed escrow agreements stored as PDFs on the document volume."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI(title="Escrow agreements")

AGREEMENTS_ROOT = Path(os.environ["AGREEMENTS_ROOT"]).resolve()


def current_party_id() -> int:
    """Replaced by the session dependency of the main application."""
    raise HTTPException(status_code=401)


class AgreementLocator:
    def __init__(self, root: Path = AGREEMENTS_ROOT) -> None:
        self.root = root

    def locate(self, deal_id: int, name: str) -> Path:
        deal_dir = (self.root / f"deal-{deal_id}").resolve()
        candidate = (deal_dir / name).resolve()
        if not candidate.is_relative_to(deal_dir) or candidate.suffix.lower() != ".pdf":
            raise HTTPException(status_code=404, detail="agreement not found")
        if not candidate.is_file():
            raise HTTPException(status_code=404, detail="agreement not found")
        return candidate


def party_can_see_deal(party_id: int, deal_id: int) -> bool:
    from .deals import is_participant  # deal membership lives in the deals service

    return is_participant(party_id, deal_id)


@app.get("/deals/{deal_id}/agreements/{name:path}")
def download_agreement(deal_id: int, name: str, party_id: int = Depends(current_party_id)):
    if not party_can_see_deal(party_id, deal_id):
        raise HTTPException(status_code=404, detail="agreement not found")
    path = AgreementLocator().locate(deal_id, name)
    return FileResponse(path, media_type="application/pdf", filename=path.name)
