"""Access codes for the guest Wi-Fi splash page and the in-room TV portal.

Codes avoid characters that are easy to confuse on a printed key sleeve
(0/O, 1/I/L) and are grouped in blocks of four for readability.
"""
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta

ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "0O1IL")
GROUP = 4


class AccessCodeGenerator:
    _rng = random.SystemRandom()

    def __init__(self, groups: int = 2):
        self.groups = groups

    def new_code(self) -> str:
        chars = [self._rng.choice(ALPHABET) for _ in range(self.groups * GROUP)]
        return "-".join("".join(chars[i : i + GROUP]) for i in range(0, len(chars), GROUP))


@dataclass
class PortalAccess:
    room: str
    code: str
    expires: datetime


def access_for_reservation(room: str, departure: datetime, generator: AccessCodeGenerator | None = None) -> PortalAccess:
    gen = generator or AccessCodeGenerator()
    # grace period so late check-outs keep their connection until they leave
    return PortalAccess(room=room, code=gen.new_code(), expires=departure + timedelta(hours=2))
