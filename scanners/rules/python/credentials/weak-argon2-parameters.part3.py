"""Argon2 parameters read from settings, with literal fallbacks, kept in a dict."""
import os

from argon2 import PasswordHasher

from app.config import settings

# The fallbacks are what runs unless an operator sets the values.
# ruleid: weak-argon2-parameters
KIOSK_PROFILE = {
    "time_cost": settings.get("KIOSK_ARGON_TIME", 1),
    "memory_cost": settings.get("KIOSK_ARGON_MEMORY", 2048),
    "parallelism": 1,
}

# ruleid: weak-argon2-parameters
BATCH_PROFILE = dict(
    time_cost=int(os.getenv("BATCH_ARGON_TIME", "2")),
    memory_cost=int(os.getenv("BATCH_ARGON_MEMORY", "8192")),
)

# ruleid: weak-argon2-parameters
PIN_PROFILE = {"memory_cost": getattr(settings, "PIN_ARGON_MEMORY", 4096), "time_cost": 1}

# ok: weak-argon2-parameters
PORTAL_PROFILE = {
    "time_cost": settings.get("PORTAL_ARGON_TIME", 3),
    "memory_cost": settings.get("PORTAL_ARGON_MEMORY", 65536),
    "parallelism": 4,
}

# A floor lifts a low fallback.
# ok: weak-argon2-parameters
FLOORED_PROFILE = {
    "time_cost": max(settings.get("ARGON_TIME", 1), 3),
    "memory_cost": max(settings.get("ARGON_MEMORY", 1024), 65536),
}

# No fallback to judge.
# ok: weak-argon2-parameters
REQUIRED_PROFILE = {"time_cost": settings.ARGON_TIME, "memory_cost": settings.ARGON_MEMORY}


def build_hasher(profile: dict = KIOSK_PROFILE) -> PasswordHasher:
    return PasswordHasher(**profile)


kiosk_hasher = build_hasher()
batch_hasher = PasswordHasher(**BATCH_PROFILE)
pin_hasher = PasswordHasher(**PIN_PROFILE)
portal_hasher = PasswordHasher(**PORTAL_PROFILE)
floored_hasher = PasswordHasher(**FLOORED_PROFILE)
required_hasher = PasswordHasher(**REQUIRED_PROFILE)
