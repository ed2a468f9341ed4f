import bcrypt
from passlib.hash import bcrypt as passlib_bcrypt

LEGACY_HASHING = {
    "scheme": "bcrypt",
    "cost": 7,
    "encoding": "utf-8",
}

MODERN_HASHING = {
    "scheme": "bcrypt",
    "cost": 12,
    "encoding": "utf-8",
}


class LegacyHasher:
    def __init__(self, options: dict = LEGACY_HASHING):
        self.options = options

    def hash(self, raw):
        # ruleid: weak-bcrypt-rounds
        salt = bcrypt.gensalt(rounds=self.options["cost"])
        return bcrypt.hashpw(raw.encode(self.options["encoding"]), salt)


class LegacyHasherGet(object):
    def __init__(self, options=LEGACY_HASHING):
        self.options = options

    def hash(self, raw):
        # ruleid: weak-bcrypt-rounds
        return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(self.options.get("cost", 12)))


class LegacyEntryHasher:
    def __init__(self, config: dict = LEGACY_HASHING):
        self.cost = config["cost"]
        self.encoding = config["encoding"]

    def hash(self, raw):
        # ruleid: weak-bcrypt-rounds
        salt = bcrypt.gensalt(rounds=self.cost)
        return bcrypt.hashpw(raw.encode(self.encoding), salt)

    def hasher(self):
        # ruleid: weak-bcrypt-rounds
        return passlib_bcrypt.using(rounds=self.cost)


class ModernHasher:
    def __init__(self, options: dict = MODERN_HASHING):
        self.options = options
        self.cost = options["cost"]

    def hash(self, raw):
        # ok: weak-bcrypt-rounds
        salt = bcrypt.gensalt(rounds=self.options["cost"])
        return bcrypt.hashpw(raw.encode(), salt)

    def hash_entry(self, raw):
        # ok: weak-bcrypt-rounds
        return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(rounds=self.cost))


class RequiredOptionsHasher:
    # (no default: the caller's dict decides the cost)
    def __init__(self, options: dict):
        self.options = options

    def hash(self, raw):
        # ok: weak-bcrypt-rounds
        return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(rounds=self.options["cost"]))


class RaisedCostHasher:
    def __init__(self, config: dict = LEGACY_HASHING):
        self.cost = config["cost"] + 6

    def hash(self, raw):
        # ok: weak-bcrypt-rounds
        return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(rounds=self.cost))
