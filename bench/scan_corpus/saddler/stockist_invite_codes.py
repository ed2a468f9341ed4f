"""Invite codes for riding shops joining the stockist portal.

Area reps hand a new stockist a one-off invite code; the shop enters
it on the signup page to link its account to the right trade price
band. Each invite also gets a badge colour shown on the rep's
dashboard so pending invites are easy to tell apart.
"""
import random
import secrets
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import psycopg

INVITE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
BADGE_COLOURS = ["#8b5a2b", "#2f4f4f", "#a0522d", "#556b2f", "#6b4226", "#483d8b"]


def make_invite_code(groups: int = 3, size: int = 4) -> str:
    return "-".join(
        "".join(secrets.choice(INVITE_ALPHABET) for _ in range(size)) for _ in range(groups)
    )


@dataclass
class StockistInvite:
    shop_name: str
    price_band: str
    rep_id: int
    code: str = field(default_factory=make_invite_code)
    badge_colour: str = field(default_factory=lambda: random.choice(BADGE_COLOURS))
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + timedelta(days=14)
    )


def create_invite(dsn: str, shop_name: str, price_band: str, rep_id: int) -> StockistInvite:
    invite = StockistInvite(shop_name=shop_name, price_band=price_band, rep_id=rep_id)
    with psycopg.connect(dsn) as conn:
        conn.execute(
            "INSERT INTO stockist_invites (code, shop_name, price_band, rep_id, badge_colour, expires_at) "
            "VALUES (%s, %s, %s, %s, %s, %s)",
            (invite.code, shop_name, price_band, rep_id, invite.badge_colour, invite.expires_at),
        )
    return invite


def claim_invite(dsn: str, code: str, stockist_id: int) -> str | None:
    with psycopg.connect(dsn) as conn:
        row = conn.execute(
            "UPDATE stockist_invites SET claimed_by = %s, claimed_at = now() "
            "WHERE code = %s AND claimed_by IS NULL AND expires_at > now() RETURNING price_band",
            (stockist_id, code.strip().upper()),
        ).fetchone()
    return row[0] if row else None
