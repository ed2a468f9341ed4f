"""Repository for yacht clubs and their member accounts at the loft."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, List, Sequence

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class ClubMember:
    id: int
    club_code: str
    name: str
    email: str
    boat_name: str | None


class ClubCustomerRepository:
    def __init__(self, engine: Engine):
        self.engine = engine

    @classmethod
    def from_url(cls, url: str) -> "ClubCustomerRepository":
        return cls(create_engine(url, pool_pre_ping=True))

    def members_of(self, club_code: str) -> List[ClubMember]:
        stmt = text(
            "SELECT id, club_code, name, email, boat_name FROM club_members "
            "WHERE club_code = :club ORDER BY name"
        )
        with self.engine.connect() as conn:
            return [ClubMember(*row) for row in conn.execute(stmt, {"club": club_code})]

    def members_in_clubs(self, club_codes: Sequence[str]) -> List[ClubMember]:
        if not club_codes:
            return []
        codes = ", ".join(f"'{code}'" for code in club_codes)
        stmt = text(
            "SELECT id, club_code, name, email, boat_name FROM club_members "
            f"WHERE club_code IN ({codes}) ORDER BY club_code, name"
        )
        with self.engine.connect() as conn:
            return [ClubMember(*row) for row in conn.execute(stmt)]

    def regatta_mailing_list(self, club_codes: Iterable[str]) -> List[str]:
        return sorted({m.email for m in self.members_in_clubs(list(club_codes))})


def handle_mailing_list_request(repo: ClubCustomerRepository, query_params: dict) -> dict:
    """Called by the API layer with the parsed query string, e.g. ?clubs=RYC,SBYC."""
    clubs = [c.strip() for c in query_params.get("clubs", "").split(",") if c.strip()]
    return {"clubs": clubs, "emails": repo.regatta_mailing_list(clubs)}
