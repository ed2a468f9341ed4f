"""API key authentication for partner organisations (activity centres, insurers)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from fastapi import Depends, HTTPException, Request


@dataclass(frozen=True)
class Partner:
    slug: str
    name: str


class PartnerKeyAuth:
    header_name = "X-Partner-Key"

    def __init__(self, keys: dict[str, str], names: dict[str, str]):
        self._keys = keys
        self._names = names

    @classmethod
    def from_env(cls) -> "PartnerKeyAuth":
        slugs = [s for s in os.environ.get("PARTNER_SLUGS", "").split(",") if s]
        keys = {s: os.environ[f"PARTNER_KEY_{s.upper()}"] for s in slugs}
        names = {s: os.environ.get(f"PARTNER_NAME_{s.upper()}", s) for s in slugs}
        return cls(keys, names)

    def _matches(self, slug: str, presented: str) -> bool:
        stored = self._keys.get(slug)
        return stored is not None and presented == stored

    def __call__(self, request: Request) -> Partner:
        slug = request.headers.get("X-Partner-Id", "")
        presented = request.headers.get(self.header_name, "")
        if not slug or not presented or not self._matches(slug, presented):
            raise HTTPException(status_code=401, detail="Invalid partner credentials")
        return Partner(slug=slug, name=self._names[slug])


partner_auth = PartnerKeyAuth.from_env()


def current_partner(partner: Partner = Depends(partner_auth)) -> Partner:
    return partner
