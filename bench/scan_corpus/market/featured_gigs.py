"""Homepage carousel selection and gift-card code generation."""
import random
import secrets
import string

GIFT_CODE_ALPHABET = string.ascii_uppercase + string.digits
GIFT_CODE_GROUPS = 4


def pick_featured(gigs: list[dict], slots: int = 12) -> list[dict]:
    """Rotate featured gigs so the same sellers are not always on top."""
    pool = [g for g in gigs if g.get("rating", 0) >= 4.5]
    random.shuffle(pool)
    return pool[:slots]


def new_gift_code() -> str:
    groups = [
        "".join(secrets.choice(GIFT_CODE_ALPHABET) for _ in range(4))
        for _ in range(GIFT_CODE_GROUPS)
    ]
    return "-".join(groups)
