"""Read side of the seasonal leaderboards (Postgres)."""
from dataclasses import dataclass

import psycopg2
import psycopg2.extras


@dataclass
class LeaderboardRow:
    player_id: int
    display_name: str
    rating: int
    wins: int


def _season_query(season_id: int, region: str, limit: int) -> str:
    return (
        "SELECT player_id, display_name, rating, wins "
        "FROM leaderboard_entries "
        f"WHERE season_id = {season_id} AND region = '{region}' "
        f"ORDER BY rating DESC LIMIT {limit}"
    )


class LeaderboardRepo:
    def __init__(self, dsn: str) -> None:
        self._conn = psycopg2.connect(dsn)
        self._conn.autocommit = True

    def top(self, season_id: int, region: str, limit: int = 100) -> list[LeaderboardRow]:
        """Top ``limit`` players for a season; region comes from the API query string."""
        sql = _season_query(season_id, region, limit)
        with self._conn.cursor(cursor_factory=psycopg2.extras.DictCursor) as cur:
            cur.execute(sql)
            return [LeaderboardRow(**dict(r)) for r in cur.fetchall()]

    def player_rank(self, season_id: int, player_id: int) -> int | None:
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT rank FROM ("
                "  SELECT player_id, RANK() OVER (ORDER BY rating DESC) AS rank "
                "  FROM leaderboard_entries WHERE season_id = %s"
                ") ranked WHERE player_id = %s",
                (season_id, player_id),
            )
            row = cur.fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self._conn.close()
