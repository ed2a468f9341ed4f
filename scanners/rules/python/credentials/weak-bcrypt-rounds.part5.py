import bcrypt
from passlib.hash import bcrypt as passlib_bcrypt

MEMBER_POLICY = {
    "min_length": 8,
    "hash_cost": 7,
}

STAFF_POLICY = {
    "min_length": 12,
    "hash_cost": 13,
}


def hash_member_password(raw):
    cost = MEMBER_POLICY["hash_cost"]
    # ruleid: weak-bcrypt-rounds
    salt = bcrypt.gensalt(rounds=cost)
    return bcrypt.hashpw(raw.encode(), salt)


def hash_member_password_get(raw):
    work = MEMBER_POLICY.get("hash_cost", 12)
    # ruleid: weak-bcrypt-rounds
    return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(work))


def member_hasher():
    rounds = MEMBER_POLICY["hash_cost"]
    # ruleid: weak-bcrypt-rounds
    return passlib_bcrypt.using(rounds=rounds)


def hash_staff_password(raw):
    cost = STAFF_POLICY["hash_cost"]
    # ok: weak-bcrypt-rounds
    salt = bcrypt.gensalt(rounds=cost)
    return bcrypt.hashpw(raw.encode(), salt)


def hash_member_password_raised(raw):
    # (the low entry raised before use)
    cost = MEMBER_POLICY["hash_cost"] + 6
    # ok: weak-bcrypt-rounds
    return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(rounds=cost))


def hash_with_given_policy(raw, MEMBER_POLICY):
    cost = MEMBER_POLICY["hash_cost"]
    # ok: weak-bcrypt-rounds
    return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(rounds=cost))


def hash_member_password_int(raw):
    cost = int(MEMBER_POLICY["hash_cost"])
    # ruleid: weak-bcrypt-rounds
    return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(rounds=cost))
