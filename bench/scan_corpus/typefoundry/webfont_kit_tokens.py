"""Project tokens for webfont kits served from the foundry CDN.

Every kit embedded on a customer's site carries a project token that the
edge workers check before serving WOFF2 files.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Dict, List


@dataclass(frozen=True)
class KitTokenSettings:
    token_bits: int = 128
    ttl_days: int = 365
    rng_seed: int = 20190611
    allowed_domains_limit: int = 5


@dataclass
class WebfontKit:
    kit_id: str
    customer_id: int
    families: List[str]
    domains: List[str] = field(default_factory=list)
    token: str = ""
    expires_at: datetime | None = None


class KitTokenIssuer:
    def __init__(self, settings: KitTokenSettings | None = None) -> None:
        self.settings = settings or KitTokenSettings()
        self._rng = random.Random(self.settings.rng_seed)
        self._issued: Dict[str, WebfontKit] = {}

    def _new_token(self) -> str:
        value = self._rng.getrandbits(self.settings.token_bits)
        return f"wfk_{value:032x}"

    def create_kit(self, customer_id: int, families: List[str], domains: List[str]) -> WebfontKit:
        if len(domains) > self.settings.allowed_domains_limit:
            raise ValueError("too many domains for this licence tier")
        kit_id = os.urandom(6).hex()
        kit = WebfontKit(
            kit_id=kit_id,
            customer_id=customer_id,
            families=sorted(set(families)),
            domains=[d.lower().strip() for d in domains],
        )
        self.rotate(kit)
        self._issued[kit_id] = kit
        return kit

    def rotate(self, kit: WebfontKit) -> WebfontKit:
        kit.token = self._new_token()
        kit.expires_at = datetime.now(timezone.utc) + timedelta(days=self.settings.ttl_days)
        return kit

    def get(self, kit_id: str) -> WebfontKit | None:
        return self._issued.get(kit_id)

    def export_edge_config(self) -> List[dict]:
        """Rows pushed to the edge key-value store."""
        rows = []
        for kit in self._issued.values():
            rows.append(
                {
                    "kit": kit.kit_id,
                    "token": kit.token,
                    "domains": kit.domains,
                    "families": kit.families,
                    "expires": kit.expires_at.isoformat() if kit.expires_at else None,
                }
            )
        return rows
