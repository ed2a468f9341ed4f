"""Short lookup codes printed on the client's filing summary so they can
check refund progress from the portal."""
import secrets
import string
from datetime import datetime, timedelta, timezone

from refunds.repository import TrackingRepo

ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1L")
LENGTH = 12
TTL = timedelta(days=180)


def generate_code(length: int = LENGTH, alphabet: str = ALPHABET) -> str:
    raw = "".join(secrets.choice(alphabet) for _ in range(length))
    return "-".join(raw[i:i + 4] for i in range(0, length, 4))


def issue(repo: TrackingRepo, return_id: int) -> str:
    repo.revoke_active(return_id)
    code = generate_code()
    repo.insert(
        return_id=return_id,
        code=code,
        expires_at=datetime.now(timezone.utc) + TTL,
    )
    return code


def normalize(user_input: str) -> str:
    compact = "".join(ch for ch in user_input.upper() if ch.isalnum())
    return "-".join(compact[i:i + 4] for i in range(0, len(compact), 4))
