"""Suggest fun team names on the check-in kiosk for groups that can't decide.

The suggestions are cosmetic: they show up on the hint screen and the
leaderboard, and players can overwrite them at any time.
"""
import random
from typing import Sequence

ADJECTIVES = ("Clueless", "Locked", "Cryptic", "Panicking", "Sneaky", "Puzzled",
              "Midnight", "Golden", "Rusty", "Curious")
NOUNS = ("Keyholders", "Detectives", "Ravens", "Escapologists", "Riddlers",
         "Lockpicks", "Owls", "Navigators", "Alchemists", "Mice")


class TeamNameSuggester:
    def __init__(self, seed: int | None = None):
        self._rng = random.Random(seed)

    def suggest(self, taken: Sequence[str] = (), count: int = 3) -> list[str]:
        out: list[str] = []
        attempts = 0
        while len(out) < count and attempts < 100:
            attempts += 1
            name = f"The {self._rng.choice(ADJECTIVES)} {self._rng.choice(NOUNS)}"
            if name not in taken and name not in out:
                out.append(name)
        return out

    def shuffle_fun_facts(self, facts: list[str]) -> list[str]:
        facts = list(facts)
        self._rng.shuffle(facts)
        return facts
