# Copyright {{ year }} {{ org_name }}
"""Customer webhook endpoints, as registered in the customer portal."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse


@dataclass(frozen=True)
class Subscription:
    customer_id: str
    url: str
    event_types: tuple[str, ...]

    def wants(self, event_type: str) -> bool:
        return "*" in self.event_types or event_type in self.event_types


def load_subscriptions(path: Path) -> list[Subscription]:
    """Read the portal export; endpoints must be HTTPS."""
    rows = json.loads(Path(path).read_text())
    subs = []
    for row in rows:
        if urlparse(row["url"]).scheme != "https":
            raise ValueError(f"{row['customer_id']}: webhook URL must use https")
        subs.append(Subscription(row["customer_id"], row["url"], tuple(row.get("events", ["*"]))))
    return subs
