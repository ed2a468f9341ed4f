"""Form peer-review groups for an assignment and create their join links."""
import random
import secrets
from dataclasses import dataclass, field
from typing import Sequence

GROUP_SIZE = 4
INVITE_TOKEN_BYTES = 24


def _invite_token() -> str:
    return secrets.token_urlsafe(INVITE_TOKEN_BYTES)


@dataclass
class ReviewGroup:
    assignment_id: int
    members: list[int] = field(default_factory=list)
    invite_token: str = field(default_factory=_invite_token)


def form_groups(assignment_id: int, student_ids: Sequence[int], size: int = GROUP_SIZE) -> list[ReviewGroup]:
    """Split the roster into groups of ``size``; a small remainder is spread over the others."""
    pool = list(student_ids)
    random.shuffle(pool)
    groups = [ReviewGroup(assignment_id, pool[i:i + size]) for i in range(0, len(pool), size)]
    if len(groups) > 1 and len(groups[-1].members) < size // 2:
        leftovers = groups.pop().members
        for idx, student in enumerate(leftovers):
            groups[idx % len(groups)].members.append(student)
    return groups


def join_url(base_url: str, group: ReviewGroup) -> str:
    return f"{base_url.rstrip('/')}/peer-review/join/{group.invite_token}"
