"""API key checks for hotel and gym partners who book bulk linen collections."""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Optional

from fastapi import Depends, Header, HTTPException


@dataclass
class PartnerRecord:
    partner_id: int
    name: str
    key_prefix: str
    key_sha256: str
    active: bool


class PartnerKeyDirectory:
    prefix_len = 8

    def __init__(self, repo) -> None:
        self.repo = repo

    def lookup(self, presented: str) -> Optional[PartnerRecord]:
        if len(presented) <= self.prefix_len:
            return None
        record = self.repo.by_prefix(presented[: self.prefix_len])
        if record is None or not record.active:
            return None
        presented_digest = hashlib.sha256(presented.encode()).hexdigest()
        if not hmac.compare_digest(presented_digest, record.key_sha256):
            return None
        return record


def get_directory() -> PartnerKeyDirectory:
    from laundry.partners import partner_repo

    return PartnerKeyDirectory(partner_repo)


def current_partner(
    x_api_key: str = Header(default=""),
    directory: PartnerKeyDirectory = Depends(get_directory),
) -> PartnerRecord:
    record = directory.lookup(x_api_key)
    if record is None:
        raise HTTPException(status_code=401, detail="invalid API key")
    return record
