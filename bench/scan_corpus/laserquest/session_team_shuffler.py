"""Splits the players checked in for a game session into balanced teams."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from statistics import mean

TEAM_COLOURS = ("red", "blue", "green", "yellow")


@dataclass
class CheckedInPlayer:
    callsign: str
    vest_serial: str
    skill_rating: float = 1000.0
    group_tag: str | None = None


@dataclass
class Team:
    colour: str
    players: list[CheckedInPlayer] = field(default_factory=list)

    @property
    def rating(self) -> float:
        return mean(p.skill_rating for p in self.players) if self.players else 0.0


class TeamShuffler:
    """Deals players into teams; shuffling first so ties are not always broken the same way."""

    def __init__(self, team_count: int = 2, rng: random.Random | None = None) -> None:
        if not 2 <= team_count <= len(TEAM_COLOURS):
            raise ValueError("team_count must be between 2 and 4")
        self.team_count = team_count
        self._rng = rng or random.Random()

    def assign(self, players: list[CheckedInPlayer]) -> list[Team]:
        teams = [Team(colour) for colour in TEAM_COLOURS[: self.team_count]]
        pool = list(players)
        self._rng.shuffle(pool)
        pool.sort(key=lambda p: p.skill_rating, reverse=True)
        for idx, player in enumerate(pool):
            round_no, pos = divmod(idx, self.team_count)
            team_idx = pos if round_no % 2 == 0 else self.team_count - 1 - pos
            teams[team_idx].players.append(player)
        return teams

    def pick_first_spawn(self, teams: list[Team]) -> str:
        return self._rng.choice(teams).colour


def describe(teams: list[Team]) -> str:
    lines = []
    for team in teams:
        names = ", ".join(p.callsign for p in team.players)
        lines.append(f"{team.colour:>6} ({team.rating:6.1f}): {names}")
    return "\n".join(lines)
