"""Cross-checks scores entered on the table tablets.

Players enter contract, declarer, result and the score; the director's
console flags any row where the entered score does not match the score
computed from the contract.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, List

CONTRACT_RE = re.compile(r"^([1-7])(C|D|H|S|NT)(X{0,2})$")
VULNERABLE = {
    "None": set(), "NS": {"N", "S"}, "EW": {"E", "W"}, "All": {"N", "E", "S", "W"},
}


@dataclass
class EnteredResult:
    board: int
    vulnerability: str
    contract: str
    declarer: str
    tricks: int
    entered_ns_score: int


def duplicate_score(contract: str, declarer: str, tricks: int, vulnerability: str) -> int:
    if contract == "PASS":
        return 0
    m = CONTRACT_RE.match(contract)
    if not m:
        raise ValueError(f"bad contract {contract!r}")
    level, strain, dbl = int(m.group(1)), m.group(2), len(m.group(3))
    vul = declarer in VULNERABLE[vulnerability]
    needed = level + 6
    if tricks >= needed:
        per = 20 if strain in ("C", "D") else 30
        trick_score = per * level + (10 if strain == "NT" else 0)
        trick_score *= (1, 2, 4)[dbl]
        score = trick_score + (50 * dbl if dbl else 0)
        score += (500 if vul else 300) if trick_score >= 100 else 50
        if level == 6:
            score += 750 if vul else 500
        elif level == 7:
            score += 1500 if vul else 1000
        over = tricks - needed
        score += over * (per if dbl == 0 else (200 if vul else 100) * dbl)
    else:
        down = needed - tricks
        if dbl == 0:
            score = -(100 if vul else 50) * down
        else:
            steps = [200, 300, 300] if vul else [100, 200, 200, 300]
            penalty = sum(steps[min(i, len(steps) - 1)] for i in range(down))
            score = -penalty * dbl
    return score if declarer in ("N", "S") else -score


def mismatches(results: Iterable[EnteredResult]) -> List[EnteredResult]:
    flagged = []
    for r in results:
        computed = duplicate_score(r.contract, r.declarer, r.tricks, r.vulnerability)
        if computed != r.entered_ns_score:
            flagged.append(r)
    return flagged
