import bcrypt
from passlib.context import CryptContext
from passlib.hash import bcrypt as passlib_bcrypt

SYNC_SETTINGS = {
    "page_size": 200,
    "password_rounds": 7,
    "timezone": "UTC",
}
PORTAL_SETTINGS = {
    "page_size": 50,
    "password_rounds": 12,
    "timezone": "UTC",
}


# A parameter whose default is an entry of the dict.
def hash_synced_password(raw: str, rounds: int = SYNC_SETTINGS["password_rounds"]) -> bytes:
    # ruleid: weak-bcrypt-rounds
    return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(rounds=rounds))


def hash_portal_password(raw: str, rounds: int = PORTAL_SETTINGS["password_rounds"]) -> bytes:
    # ok: weak-bcrypt-rounds
    return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(rounds=rounds))


def hash_synced_default(raw, rounds=SYNC_SETTINGS.get("password_rounds", 12)):
    # ruleid: weak-bcrypt-rounds
    return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(rounds))


# A parameter whose default is the dict itself.
def hash_with_options(raw: str, options: dict = SYNC_SETTINGS) -> bytes:
    # ruleid: weak-bcrypt-rounds
    salt = bcrypt.gensalt(rounds=options["password_rounds"])
    return bcrypt.hashpw(raw.encode(), salt)


def hash_with_portal_options(raw: str, options: dict = PORTAL_SETTINGS) -> bytes:
    # ok: weak-bcrypt-rounds
    salt = bcrypt.gensalt(rounds=options["password_rounds"])
    return bcrypt.hashpw(raw.encode(), salt)


def hash_with_opts_get(raw, opts=SYNC_SETTINGS):
    # ruleid: weak-bcrypt-rounds
    return passlib_bcrypt.using(rounds=opts.get("password_rounds", 12)).hash(raw)


# A parameter whose default is the dict, with a key that is not the cost.
def hash_with_other_key(raw: str, options: dict = SYNC_SETTINGS) -> bytes:
    # ok: weak-bcrypt-rounds
    salt = bcrypt.gensalt(rounds=options["page_size"])
    return bcrypt.hashpw(raw.encode(), salt)


# The dict read directly with .get.
def hash_direct_get(raw: str) -> bytes:
    # ruleid: weak-bcrypt-rounds
    return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(SYNC_SETTINGS.get("password_rounds", 12)))


def hash_direct_get_portal(raw: str) -> bytes:
    # ok: weak-bcrypt-rounds
    return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(PORTAL_SETTINGS.get("password_rounds", 12)))


# The dict read into a CryptContext option.
# ruleid: weak-bcrypt-rounds
sync_context = CryptContext(schemes=["bcrypt"], bcrypt__rounds=SYNC_SETTINGS["password_rounds"])
# ok: weak-bcrypt-rounds
portal_context = CryptContext(schemes=["bcrypt"], bcrypt__rounds=PORTAL_SETTINGS["password_rounds"])


# A parameter named like the dict but given by the caller: the module's dict is not what it reads.
def hash_with_caller_settings(raw: str, SYNC_SETTINGS: dict) -> bytes:
    # ok: weak-bcrypt-rounds
    return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(rounds=SYNC_SETTINGS["password_rounds"]))
