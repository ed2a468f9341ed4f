"""Password storage for members' forum accounts."""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from django.db import transaction

from forum.models import ForumAccount

FORUM_HASHER = PasswordHasher(
    time_cost=3,
    memory_cost=65536,
    parallelism=4,
    hash_len=32,
    salt_len=16,
)


def hash_forum_password(raw_password: str) -> str:
    return FORUM_HASHER.hash(raw_password)


@transaction.atomic
def change_password(account: ForumAccount, current: str, new: str) -> bool:
    if not check_password(account, current):
        return False
    account.password_hash = hash_forum_password(new)
    account.save(update_fields=["password_hash"])
    return True


def check_password(account: ForumAccount, raw_password: str) -> bool:
    try:
        FORUM_HASHER.verify(account.password_hash, raw_password)
    except (VerifyMismatchError, InvalidHashError):
        return False
    if FORUM_HASHER.check_needs_rehash(account.password_hash):
        account.password_hash = hash_forum_password(raw_password)
        account.save(update_fields=["password_hash"])
    return True


def bulk_force_reset(usernames):
    updated = 0
    for account in ForumAccount.objects.filter(username__in=usernames):
        account.password_hash = ""
        account.requires_reset = True
        account.save(update_fields=["password_hash", "requires_reset"])
        updated += 1
    return updated
