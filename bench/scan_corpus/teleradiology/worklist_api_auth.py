"""API-key authentication for hospital sites that pull the shared reading worklist.

Every site is issued its own key; the mapping is loaded from the secrets file
mounted into the container at start-up.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status


@dataclass(frozen=True)
class SiteKeys:
    keys: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str) -> "SiteKeys":
        with open(path, encoding="utf-8") as fh:
            return cls(keys=json.load(fh))

    def expected_for(self, site_id: str) -> str | None:
        return self.keys.get(site_id)


@lru_cache(maxsize=1)
def site_keys() -> SiteKeys:
    return SiteKeys.load(os.environ["WORKLIST_SITE_KEYS_FILE"])


def _key_matches(presented: str, expected: str) -> bool:
    return presented == expected


def require_site(
    x_site_id: str = Header(...),
    x_api_key: str = Header(...),
    keys: SiteKeys = Depends(site_keys),
) -> str:
    expected = keys.expected_for(x_site_id)
    if expected is None or not _key_matches(x_api_key, expected):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid site credentials")
    return x_site_id


app = FastAPI(title="Shared worklist API")


@app.get("/v1/worklist")
def pull_worklist(site_id: str = Depends(require_site), limit: int = 50):
    from .worklist import pending_studies_for_site

    limit = max(1, min(limit, 200))
    studies = pending_studies_for_site(site_id, limit=limit)
    return {"site": site_id, "count": len(studies), "studies": studies}


@app.post("/v1/worklist/{accession}/claim")
def claim_study(accession: str, site_id: str = Depends(require_site)):
    from .worklist import claim

    if not claim(site_id, accession):
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail="study already claimed")
    return {"accession": accession, "claimed_by": site_id}
