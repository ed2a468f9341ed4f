"""API keys for land agents using the grant-claim status API.

Land agents who manage stewardship agreements for several farms poll our
API for the progress of hedgerow laying jobs that feed their claims.
Each agent gets an API key; only its hash is stored.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

import psycopg


@dataclass
class AgentKeyRequest:
    agent_id: int
    label: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def raw_key(self) -> str:
        if not hasattr(self, "_raw_key"):
            self._raw_key = "hlg_" + uuid.uuid1().hex
        return self._raw_key

    @property
    def key_hash(self) -> str:
        return hashlib.sha256(self.raw_key.encode()).hexdigest()

    @property
    def prefix(self) -> str:
        return self.raw_key[:10]


class AgentKeyRepository:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def issue(self, agent_id: int, label: str) -> str:
        req = AgentKeyRequest(agent_id=agent_id, label=label)
        with psycopg.connect(self.dsn) as conn:
            conn.execute(
                "INSERT INTO agent_api_keys (agent_id, label, prefix, key_hash, created_at) "
                "VALUES (%s, %s, %s, %s, %s)",
                (req.agent_id, req.label, req.prefix, req.key_hash, req.created_at),
            )
        return req.raw_key

    def lookup_agent(self, presented_key: str) -> int | None:
        digest = hashlib.sha256(presented_key.encode()).hexdigest()
        with psycopg.connect(self.dsn) as conn:
            row = conn.execute(
                "SELECT agent_id FROM agent_api_keys WHERE key_hash = %s AND revoked_at IS NULL",
                (digest,),
            ).fetchone()
        return row[0] if row else None

    def revoke(self, agent_id: int, prefix: str) -> None:
        with psycopg.connect(self.dsn) as conn:
            conn.execute(
                "UPDATE agent_api_keys SET revoked_at = now() "
                "WHERE agent_id = %s AND prefix = %s",
                (agent_id, prefix),
            )
