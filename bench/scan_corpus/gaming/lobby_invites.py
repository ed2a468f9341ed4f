"""Private lobby creation, invite codes and team assignment."""
import random
import secrets
import string
from dataclasses import dataclass, field

INVITE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_LENGTH = 8


@dataclass
class Lobby:
    lobby_id: str
    host_id: int
    invite_code: str
    max_players: int = 10
    members: list[int] = field(default_factory=list)


def new_invite_code() -> str:
    return "".join(secrets.choice(INVITE_ALPHABET) for _ in range(INVITE_LENGTH))


def create_lobby(host_id: int, max_players: int = 10) -> Lobby:
    return Lobby(
        lobby_id=secrets.token_hex(8),
        host_id=host_id,
        invite_code=new_invite_code(),
        max_players=max_players,
        members=[host_id],
    )


def assign_teams(members: list[int], ratings: dict[int, int], team_count: int = 2) -> list[list[int]]:
    """Snake-draft by rating, shuffling players of equal rating so teams vary between rounds."""
    ordered = sorted(members, key=lambda pid: ratings.get(pid, 1000), reverse=True)
    buckets: dict[int, list[int]] = {}
    for pid in ordered:
        buckets.setdefault(ratings.get(pid, 1000), []).append(pid)
    draft: list[int] = []
    for rating in sorted(buckets, reverse=True):
        tier = buckets[rating]
        random.shuffle(tier)
        draft.extend(tier)

    teams: list[list[int]] = [[] for _ in range(team_count)]
    for i, pid in enumerate(draft):
        rnd, pos = divmod(i, team_count)
        idx = pos if rnd % 2 == 0 else team_count - 1 - pos
        teams[idx].append(pid)
    return teams


def pick_map(pool: list[str], recent: list[str]) -> str:
    candidates = [m for m in pool if m not in recent[-3:]] or pool
    return random.choice(candidates)
