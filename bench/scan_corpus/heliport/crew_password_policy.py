"""Password rules for crew-portal accounts, applied at registration and password change."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

LOCAL_DENYLIST = frozenset(
    {"password", "heliport123", "rotorhead", "helicopter1", "qwerty123", "letmein!", "eglw2024"}
)


@dataclass
class PasswordPolicy:
    min_length: int = 12
    max_length: int = 128
    denylist: frozenset[str] = field(default=LOCAL_DENYLIST)
    banned_fragments: tuple[str, ...] = ("heliops", "charter", "pilot")

    def _normalise(self, candidate: str) -> str:
        return unicodedata.normalize("NFKC", candidate)

    def problems(self, candidate: str, username: str, registration_marks: set[str]) -> list[str]:
        pw = self._normalise(candidate)
        lowered = pw.lower()
        issues: list[str] = []
        if len(pw) < self.min_length:
            issues.append(f"must be at least {self.min_length} characters")
        if len(pw) > self.max_length:
            issues.append(f"must be at most {self.max_length} characters")
        if lowered in self.denylist:
            issues.append("is a commonly used password")
        if username and username.lower() in lowered:
            issues.append("must not contain your username")
        if any(frag in lowered for frag in self.banned_fragments):
            issues.append("must not contain company or role words")
        marks = {m.replace("-", "").lower() for m in registration_marks}
        if any(mark and mark in re.sub(r"[^a-z0-9]", "", lowered) for mark in marks):
            issues.append("must not contain an aircraft registration")
        return issues

    def acceptable(self, candidate: str, username: str, registration_marks: set[str]) -> bool:
        return not self.problems(candidate, username, registration_marks)


if __name__ == "__main__":
    policy = PasswordPolicy()
    for attempt in ("heliport123", "G-HLCX-rotor-2024!", "correct horse battery staple"):
        print(attempt, policy.problems(attempt, "jmarsh", {"G-HLCX"}))
