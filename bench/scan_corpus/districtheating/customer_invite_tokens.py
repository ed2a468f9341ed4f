"""Invitation links that let housing association staff create a tariff portal account."""
from __future__ import annotations

import json
import secrets
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Optional

import redis


@dataclass
class Invitation:
    email: str
    association_id: int
    role: str = "viewer"
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    expires_at: str = field(
        default_factory=lambda: (datetime.now(timezone.utc) + timedelta(days=7)).isoformat()
    )


class InvitationService:
    key_prefix = "portal:invite:"
    roles = frozenset({"viewer", "billing", "admin"})

    def __init__(self, client: redis.Redis, portal_base_url: str) -> None:
        self.r = client
        self.portal_base_url = portal_base_url.rstrip("/")

    def invite(self, email: str, association_id: int, role: str = "viewer") -> str:
        if role not in self.roles:
            raise ValueError(f"unknown role {role}")
        inv = Invitation(email=email.lower(), association_id=association_id, role=role)
        self.r.set(self.key_prefix + inv.token, json.dumps(asdict(inv)), ex=timedelta(days=7))
        return f"{self.portal_base_url}/signup?invite={inv.token}"

    def accept(self, token: str) -> Optional[Invitation]:
        raw = self.r.getdel(self.key_prefix + token)
        if raw is None:
            return None
        inv = Invitation(**json.loads(raw))
        if datetime.fromisoformat(inv.expires_at) < datetime.now(timezone.utc):
            return None
        return inv

    def pending_for(self, association_id: int) -> list[str]:
        emails = []
        for key in self.r.scan_iter(self.key_prefix + "*"):
            data = json.loads(self.r.get(key) or "{}")
            if data.get("association_id") == association_id:
                emails.append(data["email"])
        return sorted(emails)
