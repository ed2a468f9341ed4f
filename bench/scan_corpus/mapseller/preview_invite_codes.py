"""Invitations to the private preview evening before each auction.

Selected collectors get a short invite code printed on the card; the door
staff type it into the tablet to admit the guest and a plus-one.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

import psycopg2.extras

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass
class PreviewEvent:
    sale_id: int
    sale_date: date
    venue: str
    capacity: int


@dataclass
class InviteIssuer:
    conn: "psycopg2.extensions.connection"
    code_length: int = 8
    _rng: random.Random = field(default_factory=random.Random, repr=False)

    def _code(self) -> str:
        return "".join(self._rng.choice(CODE_ALPHABET) for _ in range(self.code_length))

    def issue(self, event: PreviewEvent, collector_ids: list[int]) -> dict[int, str]:
        issued: dict[int, str] = {}
        with self.conn.cursor(cursor_factory=psycopg2.extras.DictCursor) as cur:
            cur.execute(
                "SELECT count(*) FROM preview_invites WHERE sale_id = %s", (event.sale_id,)
            )
            already = cur.fetchone()[0]
            for cid in collector_ids[: max(event.capacity - already, 0)]:
                code = self._code()
                cur.execute(
                    "INSERT INTO preview_invites (sale_id, collector_id, code) "
                    "VALUES (%s, %s, %s) ON CONFLICT (sale_id, collector_id) DO NOTHING",
                    (event.sale_id, cid, code),
                )
                if cur.rowcount:
                    issued[cid] = code
        self.conn.commit()
        return issued

    def admit(self, sale_id: int, code: str) -> bool:
        with self.conn.cursor() as cur:
            cur.execute(
                "UPDATE preview_invites SET admitted_at = now() "
                "WHERE sale_id = %s AND code = %s AND admitted_at IS NULL",
                (sale_id, code.strip().upper()),
            )
            ok = cur.rowcount == 1
        self.conn.commit()
        return ok
