"""Builds reproducible chord-change drills for a student's practice plan."""
import random
from dataclasses import dataclass, field
from typing import List, Sequence

CHORD_SETS = {
    "beginner": ["C", "Am", "F", "G", "G7"],
    "intermediate": ["C", "Am", "F", "G", "Em", "Dm", "E7", "A7", "D"],
    "advanced": ["Cmaj7", "Am7", "Dm7", "G7", "Bb", "E7", "F#m", "Bm7b5", "Gm6"],
}
STRUM_PATTERNS = ["D D U U D U", "D - D U - U D U", "D U X U D U X U", "D - - U - U D -"]


@dataclass
class Drill:
    week: int
    day: int
    changes: List[str]
    pattern: str
    bpm: int


@dataclass
class DrillPlan:
    student_id: int
    level: str
    drills: List[Drill] = field(default_factory=list)


def _pairs(chords: Sequence[str], rng: random.Random, count: int) -> List[str]:
    out = []
    for _ in range(count):
        a, b = rng.sample(list(chords), 2)
        out.append(f"{a} -> {b}")
    return out


def build_plan(student_id: int, level: str, week: int, base_bpm: int = 70) -> DrillPlan:
    """Same student + week always yields the same drills, so teachers see what was assigned."""
    rng = random.Random(f"{student_id}:{level}:{week}")
    chords = CHORD_SETS[level]
    plan = DrillPlan(student_id=student_id, level=level)
    for day in range(1, 6):
        plan.drills.append(
            Drill(
                week=week,
                day=day,
                changes=_pairs(chords, rng, 4),
                pattern=rng.choice(STRUM_PATTERNS),
                bpm=base_bpm + 4 * (week - 1) + rng.randint(-4, 4),
            )
        )
    return plan


def as_text(plan: DrillPlan) -> str:
    lines = [f"Practice plan for student {plan.student_id} ({plan.level})"]
    for d in plan.drills:
        lines.append(f"Week {d.week} day {d.day} @ {d.bpm} bpm, strum {d.pattern}")
        lines.extend(f"  - {c}" for c in d.changes)
    return "\n".join(lines)


if __name__ == "__main__":
    print(as_text(build_plan(1042, "beginner", week=3)))
